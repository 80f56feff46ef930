package org.lianfang.process;

import java.util.List;
import org.lianfang.ArchiveObject;
import org.lianfang.DomainEvent;
import org.lianfang.UnitId;

/** Events of business processes. */
public sealed interface ProcessEvent extends DomainEvent {

  /** @param unitId the unit @param processId the process @param code its code @param name its name @param steps its steps @param flows its flows */
  record ProcessDefined(
      UnitId unitId, ProcessId processId, String code, String name, List<ProcessStep> steps, List<Flow> flows)
      implements ProcessEvent {
    @Override
    public String type() {
      return "process.defined";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("process", processId)
          .put("code", code)
          .put("name", name)
          .put("steps", steps)
          .put("flows", flows)
          .build();
    }
  }

  /** @param unitId the unit @param processId the process @param name its name @param steps its steps @param flows its flows */
  record ProcessRevised(UnitId unitId, ProcessId processId, String name, List<ProcessStep> steps, List<Flow> flows)
      implements ProcessEvent {
    @Override
    public String type() {
      return "process.revised";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("process", processId)
          .put("name", name)
          .put("steps", steps)
          .put("flows", flows)
          .build();
    }
  }
}
