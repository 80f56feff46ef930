package org.lianfang.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Map;

/**
 * The JSON form of Lianfang's types for any Jackson 2 {@code ObjectMapper}, without one Jackson annotation in core.
 *
 * <ul>
 *   <li>ids are plain strings (the UUID's canonical text);
 *   <li>enums are stable lower-case codes ({@code "higher"}, {@code "district-county"}), written out in this module so
 *       renaming a constant in core cannot change the format;
 *   <li>instants and days are ISO-8601 strings ({@code "2010-03-01T08:00:00Z"}, {@code "2010-03-01"}) on our
 *       properties only, whatever the host's mapper does with dates elsewhere;
 *   <li>field names are pinned by mix-ins; optional parts are left out when absent;
 *   <li>polymorphic values carry stable logical names ({@code "type": "day"}), never class names.
 * </ul>
 *
 * <p>Reading runs every domain constructor, so a value the domain would refuse is refused with its JSON path. Register
 * it with {@code mapper.registerModule(new LianfangModule())}, or let {@code ObjectMapper.findAndRegisterModules()}
 * find it through {@code META-INF/services}. The documents of this adapter ({@link LedgerWriter}, {@link
 * PublicNoticeExport}, {@link TemplateCatalogue}) use it on a mapper of their own with strict reading settings.
 *
 * <p>Immutable once set up; one instance may be registered with any number of mappers.
 */
public final class LianfangModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name, as Jackson reports it. */
  public static final String NAME = "lianfang";

  /** Creates the module with every mix-in and every enum code. */
  public LianfangModule() {
    super(NAME, Version.unknownVersion());
    for (Map.Entry<Class<?>, Class<?>> e : MixIns.ALL.entrySet()) {
      setMixInAnnotation(e.getKey(), e.getValue());
    }
  }

  /** Adds, beside the mix-ins, the codes of every coded enum ({@link EnumCodes}), found as Jackson meets each type. */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addSerializers(new EnumCodes.CodedSerializers());
    context.addDeserializers(new EnumCodes.CodedDeserializers());
    context.addKeySerializers(new EnumCodes.CodedKeySerializers());
    context.addKeyDeserializers(new EnumCodes.CodedKeyDeserializers());
  }

  /** One type id, so registering the module twice on a mapper is harmless. */
  @Override
  public Object getTypeId() {
    return LianfangModule.class.getName();
  }
}
