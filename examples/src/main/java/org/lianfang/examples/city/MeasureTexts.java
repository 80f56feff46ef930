package org.lianfang.examples.city;

import java.math.BigDecimal;
import java.util.List;
import org.lianfang.control.MonitoringIndicator;

/**
 * The control measures' text (P-13, Form 3): what a unit writes for the first measure of a point (prevention, on the
 * line of education or of regulated power, S-7, S-8) and for the second (monitoring or disposal on the line of
 * supervision, S-9, S-14), the rules they rest on, and the numbers a monitoring measure is watched by (P-6).
 * Templates as in {@link Texts}: {@code {p}} is the post's name, {@code {a|b}} a choice.
 */
final class MeasureTexts {
  private MeasureTexts() {}

  /** First line (思想道德防线): education aimed at the post's risks (S-7). */
  static final List<String> EDUCATION = List.of(
      "组织{p}人员{学习|专题学习}《中国共产党党员领导干部廉洁从政若干准则》，签订{廉政承诺书|岗位廉政承诺书}",
      "对{p}开展{警示教育|岗位廉政教育|典型案例剖析}，{每年|每半年}至少一次，记入廉政教育台账",
      "{p}新任职人员任职前进行廉政谈话，{明确岗位风险|告知防控要求|签订“不办人情事”承诺}");

  /** Second line (制度防线): power regulated and made public (S-8, P-16). */
  static final List<String> REGULATION = List.of(
      "制定{p}{办事流程|操作规程|工作规范}，明确{审批权限|办理时限|自由裁量基准}，{在政务服务中心公开|实行一次性告知|推行网上审批}",
      "{p}办理事项实行{“一审一核”|集体研究|交叉审核}，{重大事项|大额支出|异议事项}提交{局务会|党组会|办公会}决定",
      "细化{p}{自由裁量权|审批条件|收费标准}，{对外公示|在门户网站公开|在办事大厅公开}，接受{群众|服务对象}监督",
      "{p}与{服务对象|管理相对人}接触实行{“双人办理”|回避制度|首问负责制}，{全程留痕|登记备查}");

  /** Third line (监督防线), monitoring during the work (S-9, S-14 中期监控). */
  static final List<String> MONITORING = List.of(
      "{科室负责人|分管领导}{每月|每季度}抽查{p}办理的事项，{纪检监察室|监察室}对{逾期|异常}事项进行电子监察",
      "{p}办件纳入电子监察系统，{超时|超标准|异常}办件自动预警，{纪检组|监察室}{每月|每季度}通报",
      "聘请{行风监督员|特邀监察员}对{p}进行{明察暗访|满意度测评}，结果{每季度|每半年}向{局务会|党组会}报告");

  /** Third line, disposal once a risk has shown itself (S-14 后期处置). */
  static final List<String> DISPOSAL = List.of(
      "发现{p}{苗头性问题|倾向性问题}及时{约谈|函询|诫勉谈话}，{责令限期整改|追究相关责任}，整改情况{记入廉政档案|在单位内部通报}",
      "{p}{违规办理|超时办理}事项{倒查责任|追究责任}，{移交纪检监察机关处理|按规定问责}，{举一反三|完善制度}");

  /** The rules the measures rest on (制度依据). */
  static final List<String> BASES = List.of(
      "《中国共产党党员领导干部廉洁从政若干准则》",
      "《关于实行党风廉政建设责任制的规定》",
      "《昆明市廉政风险防范管理工作实施意见》（昆办发〔2010〕18号）",
      "《中华人民共和国行政许可法》",
      "《中华人民共和国政府信息公开条例》",
      "本单位《内部控制管理办法》",
      "本单位《行政执法自由裁量权基准》",
      "《建立健全惩治和预防腐败体系2008—2012年工作规划》");

  /** The numbers monitoring measures are watched by (P-6, {@code research/stages-2-4.md} §1). */
  static final List<MonitoringIndicator> INDICATORS = List.of(
      new MonitoringIndicator("逾期办理件数", "件", "电子监察系统每月统计超过承诺时限的件数", BigDecimal.ZERO,
          MonitoringIndicator.Direction.ABOVE),
      new MonitoringIndicator("群众投诉件数", "件", "信访室每月登记的涉及本岗位的投诉件数", BigDecimal.valueOf(2),
          MonitoringIndicator.Direction.ABOVE),
      new MonitoringIndicator("办件公开率", "%", "公开办件数÷办件总数×100，每季度计", new BigDecimal("95.0"),
          MonitoringIndicator.Direction.BELOW),
      new MonitoringIndicator("抽查发现问题数", "件", "每次抽查记录在案的问题件数", BigDecimal.ZERO,
          MonitoringIndicator.Direction.ABOVE),
      new MonitoringIndicator("单笔支出金额", "万元", "财务系统记录的单笔支出，超过即提交集体研究", new BigDecimal("5.00"),
          MonitoringIndicator.Direction.ABOVE));

  /** The titles of the evidence a measure keeps. */
  static final List<String> EVIDENCE = List.of(
      "防控措施登记表（附表3）", "廉政承诺书", "会议纪要", "办事流程图", "抽查记录", "电子监察月报");
}
