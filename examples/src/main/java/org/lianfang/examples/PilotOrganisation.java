package org.lianfang.examples;

import static org.lianfang.examples.IdentificationStage.CHARTS_DRAWN;
import static org.lianfang.examples.PilotWalkthrough.CITY_CODE;
import static org.lianfang.organization.AdministrativePower.COLLECTION;
import static org.lianfang.organization.AdministrativePower.ENFORCEMENT;
import static org.lianfang.organization.AdministrativePower.LICENSING;
import static org.lianfang.organization.AdministrativePower.OTHER;
import static org.lianfang.organization.AdministrativePower.PENALTY;
import static org.lianfang.organization.Resource.GOODS;
import static org.lianfang.organization.Resource.MONEY;
import static org.lianfang.organization.Transparency.CLOSED;
import static org.lianfang.organization.Transparency.PARTIAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.application.organization.RegisterUnit;
import org.lianfang.application.process.DefineProcess;
import org.lianfang.examples.PilotFixture.Pilot;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.NoticeAudience;

/**
 * 2010-08-31 to 2010-09-03 (S-2, S-16, S-18): the discipline inspector registers 昆明市 and its seven pilot units;
 * each unit's leader sorts out its posts with the facts grading needs, its staff and who holds which post, and its
 * power list with 依据、界限、责任; two units draw a business flow chart.
 */
final class PilotOrganisation {
  private final PilotFixture f;

  PilotOrganisation(PilotFixture f) {
    this.f = f;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2010-08-31 动员部署结束：单位、岗位、人员、权力清单 (S-2, S-18)

  void organise() {
    // Only a discipline inspector may register a root unit; once the city exists, the inspector acts within it.
    Actor organiser = Actor.of("km-jw-yfs", "市纪委预防腐败室", Set.of(Role.DISCIPLINE_INSPECTOR), Set.of());
    f.city = f.lianfang.organization().registerUnit(organiser,
        new RegisterUnit(CITY_CODE, "昆明市", UnitKind.CITY, Optional.empty())).orElseThrow();
    f.inspector = organiser.withScope(Set.of(f.city));
    f.publicVisitor = Actor.publicVisitor(Set.of(f.city));
    // The city leader who answers for the principal leaders of the two districts (P-1: 责任领导 may sit above).
    f.register(f.city, "KM001", "王立平", f.inspector);

    Pilot guandu = f.pilot("530111", "官渡区", UnitKind.DISTRICT_COUNTY, "周建国", "区委常委会议", NoticeAudience.PUBLIC,
        "官渡区政务网及各街道公示栏");
    f.post(guandu, "GD-01", "区委书记", f.leading());
    f.post(guandu, "GD-02", "区征地拆迁办公室主任", f.disposing(Set.of(MONEY, GOODS), true, PARTIAL, COLLECTION));
    f.post(guandu, "GD-03", "征地拆迁补偿经办岗", f.disposing(Set.of(MONEY), false, PARTIAL, COLLECTION));
    f.post(guandu, "GD-04", "区政务服务中心综合窗口岗", PostProfile.ordinary());
    f.staff(guandu, "GD001", "周建国", "GD-01", LocalDate.of(2008, 3, 1));
    f.staff(guandu, "GD002", "杨志华", "GD-02", LocalDate.of(2007, 6, 15));
    f.staff(guandu, "GD003", "孙立新", "GD-03", LocalDate.of(2009, 2, 1));
    f.staff(guandu, "GD004", "赵丽", "GD-04", LocalDate.of(2009, 9, 1));
    f.staff(guandu, "GD005", "钱文"); // 区委办公室主任
    f.staff(guandu, "GD006", "吴海"); // 区委常委、区委秘书长
    f.power(guandu, "GD-Q01", "集体土地征收补偿安置", COLLECTION,
        "《中华人民共和国土地管理法》第四十七条；《云南省土地管理条例》；昆明市征地统一年产值标准和区片综合地价",
        "按省、市公布的补偿标准确定补偿，不得擅自提高或压低；补偿安置方案须公告、听取被征地农民意见",
        "侵占、挪用征地补偿费用或虚报冒领的，追究经办人、部门负责人和分管领导责任", "GD-02", "GD-03");

    Pilot jinning = f.pilot("530122", "晋宁县", UnitKind.DISTRICT_COUNTY, "张德明", "县委常委会议", NoticeAudience.PUBLIC,
        "晋宁县政府网站及县政务服务中心公示栏");
    f.post(jinning, "JN-01", "县长", f.leading());
    f.post(jinning, "JN-02", "县社会保险基金待遇审核岗", f.disposing(Set.of(MONEY), false, PARTIAL, OTHER));
    f.post(jinning, "JN-03", "县政务服务中心综合窗口岗", PostProfile.ordinary());
    f.staff(jinning, "JN001", "张德明", "JN-01", LocalDate.of(2008, 1, 20));
    f.staff(jinning, "JN002", "刘红梅", "JN-02", LocalDate.of(2006, 4, 1));
    f.staff(jinning, "JN003", "马丽萍", "JN-03", LocalDate.of(2010, 3, 1));
    f.staff(jinning, "JN004", "段永平"); // 县人力资源和社会保障局局长
    f.staff(jinning, "JN005", "何俊"); // 县政府办公室主任
    f.power(jinning, "JN-Q01", "基本养老保险待遇核定", OTHER,
        "《国务院关于建立统一的企业职工基本养老保险制度的决定》（国发〔1997〕26号）；《社会保险费征缴暂行条例》",
        "按缴费年限、缴费基数和计发办法核定待遇，领取资格每年认证，不得擅自变更",
        "违规核定待遇造成基金损失的，责令追回，并追究经办人、审核人和分管领导责任", "JN-02");

    Pilot land = f.pilot("KMGT", "市国土资源管理局", UnitKind.MUNICIPAL_BUREAU, "黄正华", "局党组会议", NoticeAudience.PUBLIC,
        "市国土资源局门户网站及办事大厅公示栏");
    f.post(land, "GT-01", "局长", f.leading());
    f.post(land, "GT-02", "建设用地审批处审查岗", f.disposing(Set.of(GOODS), true, PARTIAL, LICENSING));
    f.post(land, "GT-03", "执法监察支队执法岗", f.wielding(PARTIAL, PENALTY, ENFORCEMENT));
    f.post(land, "GT-04", "办事大厅受理窗口岗", PostProfile.ordinary());
    f.staff(land, "GT001", "黄正华", "GT-01", LocalDate.of(2007, 11, 1));
    f.staff(land, "GT002", "李伟", "GT-02", LocalDate.of(2008, 7, 1));
    f.staff(land, "GT003", "郭强", "GT-03", LocalDate.of(2009, 5, 10));
    f.staff(land, "GT004", "许丹", "GT-04", LocalDate.of(2010, 1, 4));
    f.staff(land, "GT005", "罗斌"); // 建设用地审批处处长
    f.staff(land, "GT006", "普志刚"); // 执法监察支队支队长
    f.power(land, "GT-Q01", "建设用地审查报批", LICENSING,
        "《中华人民共和国土地管理法》第四十四条；《中华人民共和国土地管理法实施条例》；《建设项目用地预审管理办法》",
        "审查是否符合土地利用总体规划、年度计划和供地政策；按法定权限报省、国务院批准，不得拆分报批或越权审批",
        "违法批准占用土地的，依《土地管理法》第七十八条追究直接负责的主管人员和其他直接责任人员的责任", "GT-02", "GT-04",
        "GT-01");
    f.power(land, "GT-Q02", "土地违法案件行政处罚", PENALTY,
        "《中华人民共和国土地管理法》第七十六条；《土地管理法实施条例》第四十二条；《国土资源行政处罚办法》",
        "按处罚裁量基准在法定幅度内决定罚款；责令退还、限期拆除的须执行到位；重大案件经案件审理委员会集体审理",
        "滥用职权、徇私舞弊、以罚代拆的，依法给予处分；构成犯罪的，依法追究刑事责任", "GT-03");

    Pilot planning = f.pilot("KMGH", "市规划局", UnitKind.MUNICIPAL_BUREAU, "陈思远", "局党组会议", NoticeAudience.PUBLIC,
        "市规划局门户网站");
    f.post(planning, "GH-01", "局长", f.leading());
    f.post(planning, "GH-02", "建设工程规划许可岗", f.wielding(PARTIAL, LICENSING));
    f.post(planning, "GH-03", "规划档案管理岗", PostProfile.ordinary());
    f.staff(planning, "GH001", "陈思远", "GH-01", LocalDate.of(2009, 8, 1));
    f.staff(planning, "GH002", "杜宏", "GH-02", LocalDate.of(2008, 3, 15));
    f.staff(planning, "GH003", "蒋琳", "GH-03", LocalDate.of(2007, 9, 1));
    f.staff(planning, "GH004", "沈建平"); // 建筑工程规划管理处处长
    f.staff(planning, "GH005", "方敏"); // 局办公室主任
    f.power(planning, "GH-Q01", "建设工程规划许可证核发", LICENSING,
        "《中华人民共和国城乡规划法》第四十条、第四十三条；《云南省城乡规划条例》",
        "依控制性详细规划和规划条件核发；容积率等规划条件确需变更的，须论证、公示并按第四十三条报批",
        "违法核发许可或擅自变更规划条件的，依《城乡规划法》第六十条追究直接负责的主管人员和其他直接责任人员的责任", "GH-02");

    Pilot housing = f.pilot("KMZJ", "市住房和城乡建设局", UnitKind.MUNICIPAL_BUREAU, "王建华", "局党组会议", NoticeAudience.PUBLIC,
        "市住房和城乡建设局门户网站及办事大厅");
    f.post(housing, "ZJ-01", "局长", f.leading());
    f.post(housing, "ZJ-02", "住房公积金贷款审核岗", f.disposing(Set.of(MONEY), false, PARTIAL, OTHER));
    f.post(housing, "ZJ-03", "建筑施工安全监督岗", f.wielding(PARTIAL, ENFORCEMENT, PENALTY));
    f.post(housing, "ZJ-04", "财务科出纳岗", f.disposing(Set.of(MONEY), false, PARTIAL));
    f.staff(housing, "ZJ001", "王建华", "ZJ-01", LocalDate.of(2008, 5, 1));
    f.staff(housing, "ZJ002", "柳青", "ZJ-02", LocalDate.of(2009, 3, 1));
    f.staff(housing, "ZJ003", "胡振东", "ZJ-03", LocalDate.of(2006, 10, 1));
    f.staff(housing, "ZJ004", "邓小燕", "ZJ-04", LocalDate.of(2008, 12, 1));
    f.staff(housing, "ZJ005", "曹敏"); // 财务科科长
    f.staff(housing, "ZJ006", "施永红"); // 住房公积金监管处处长
    f.staff(housing, "ZJ007", "彭涛"); // 建筑安全监督站站长
    f.power(housing, "ZJ-Q01", "住房公积金个人住房贷款审核", OTHER,
        "《住房公积金管理条例》（国务院令第350号修订）；昆明市住房公积金个人住房贷款管理办法",
        "按借款人缴存情况、还款能力和所购住房核定额度与期限；受理之日起15日内作出准予或不准贷款的决定",
        "向不符合条件者发放贷款或违规办理提取的，追回资金，并追究经办、审核、审批人员责任", "ZJ-02");
    f.power(housing, "ZJ-Q02", "建筑施工安全监督检查", ENFORCEMENT,
        "《建设工程安全生产管理条例》；《建筑施工企业安全生产许可证管理规定》",
        "按监督计划和检查标准实施；发现隐患依法责令整改或停工整改，处罚在法定幅度内裁量",
        "玩忽职守、徇私舞弊，对隐患不责令整改致发生事故的，依法给予处分；构成犯罪的，依法追究刑事责任", "ZJ-03");

    Pilot tendering = f.pilot("KMZTB", "市招投标交易中心", UnitKind.PUBLIC_INSTITUTION, "杨帆", "中心主任办公会议", NoticeAudience.PUBLIC,
        "昆明市公共资源交易网");
    f.post(tendering, "ZTB-01", "中心主任", f.leading());
    f.post(tendering, "ZTB-02", "开标组织岗", f.wielding(PARTIAL, OTHER));
    f.post(tendering, "ZTB-03", "评标专家抽取岗", f.wielding(CLOSED, OTHER));
    f.post(tendering, "ZTB-04", "投标保证金管理岗", f.disposing(Set.of(MONEY), false, PARTIAL));
    f.staff(tendering, "ZTB001", "杨帆", "ZTB-01", LocalDate.of(2009, 1, 5));
    f.staff(tendering, "ZTB002", "刘洋", "ZTB-02", LocalDate.of(2008, 6, 1));
    f.staff(tendering, "ZTB003", "朱慧", "ZTB-03", LocalDate.of(2009, 7, 1));
    f.staff(tendering, "ZTB004", "孔祥云", "ZTB-04", LocalDate.of(2007, 4, 1));
    f.staff(tendering, "ZTB005", "唐卫"); // 交易服务部部长
    f.staff(tendering, "ZTB006", "宋佳"); // 财务部部长
    f.power(tendering, "ZTB-Q01", "开标组织与现场见证", OTHER,
        "《中华人民共和国招标投标法》第三十四条至第三十六条；《工程建设项目施工招标投标办法》",
        "在招标文件确定的时间、地点公开开标；投标文件接收登记双人签字，开标前不得透露投标人名称和数量",
        "泄露应当保密的与招标投标活动有关的情况和资料的，依法依纪追究责任", "ZTB-02");
    f.power(tendering, "ZTB-Q02", "评标专家随机抽取", OTHER,
        "《中华人民共和国招标投标法》第三十七条；《评标委员会和评标方法暂行规定》",
        "开标前在监督人员在场时从专家库随机抽取，语音通知；名单在中标结果确定前保密",
        "泄露评标委员会成员名单或干预抽取的，依法依纪追究责任", "ZTB-03");
    f.power(tendering, "ZTB-Q03", "投标保证金收退", OTHER,
        "《工程建设项目施工招标投标办法》；中心投标保证金管理办法",
        "保证金进入专户，中标通知书发出后五日内向未中标人原路退还，不得截留、挪用",
        "超期不退、截留或挪用保证金及利息的，追究经办人和部门负责人责任", "ZTB-04");

    Pilot urbanInvestment = f.pilot("KMCT", "市城投公司", UnitKind.STATE_OWNED_COMPANY, "赵永刚", "公司党委会议", NoticeAudience.PUBLIC,
        "公司内网及办公区公示栏");
    f.post(urbanInvestment, "CT-01", "董事长", f.leading());
    f.post(urbanInvestment, "CT-02", "工程部项目经理", f.disposing(Set.of(GOODS, MONEY), true, PARTIAL));
    f.post(urbanInvestment, "CT-03", "物资采购岗", f.disposing(Set.of(GOODS), false, PARTIAL));
    f.staff(urbanInvestment, "CT001", "赵永刚", "CT-01", LocalDate.of(2008, 9, 1));
    f.staff(urbanInvestment, "CT002", "邹建", "CT-02", LocalDate.of(2009, 4, 1));
    f.staff(urbanInvestment, "CT003", "龙梅", "CT-03", LocalDate.of(2008, 2, 1));
    f.staff(urbanInvestment, "CT004", "钟华"); // 工程部经理
    f.staff(urbanInvestment, "CT005", "纪红"); // 董事会办公室主任
    f.staff(urbanInvestment, "CT006", "许明"); // 董事会秘书
    f.power(urbanInvestment, "CT-Q01", "工程设计变更与现场签证审批", OTHER,
        "《中华人民共和国企业国有资产法》；《建设工程价款结算暂行办法》（财建〔2004〕369号）；公司工程变更管理办法",
        "变更须设计、监理、跟踪审计共同签认；单项变更超过公司限额的，报总经理办公会集体审议",
        "虚增工程量、提高结算单价造成国有资产损失的，依《企业国有资产法》追究责任", "CT-02");

    f.log("登记试点单位 " + f.pilots.size() + " 个（S-18），岗位 " + f.posts.size() + " 个，人员 " + f.staff.size()
        + " 名，权力事项 " + f.powers.size() + " 项（S-2）");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2010-09-03 绘制业务流程图 (S-2, P-2)

  void drawCharts() {
    f.clock.advanceTo(CHARTS_DRAWN);
    Pilot land = f.pilot("市国土资源管理局");
    f.landUseApproval = f.lianfang.processes().define(land.leader(), new DefineProcess(land.id(), "GT-L01", "建设用地审批",
        List.of(
            f.step("S1", "受理用地申请", "GT-04", "GT-Q01"),
            f.step("S2", "用地预审与材料审查", "GT-02", "GT-Q01"),
            f.step("S3", "现场踏勘", "GT-02", "GT-Q01"),
            f.step("S4", "局务会议集体审议", "GT-01", "GT-Q01"),
            f.step("S5", "报批并公开审批结果", "GT-04", "GT-Q01")),
        f.flows("S1", "S2", "S3", "S4", "S5"))).orElseThrow();

    Pilot tendering = f.pilot("市招投标交易中心");
    f.bidOpening = f.lianfang.processes().define(tendering.leader(),
        new DefineProcess(tendering.id(), "ZTB-L01", "开标评标",
            List.of(
                f.step("S1", "接收投标文件", "ZTB-02", "ZTB-Q01"),
                f.step("S2", "随机抽取评标专家", "ZTB-03", "ZTB-Q02"),
                f.step("S3", "公开开标", "ZTB-02", "ZTB-Q01"),
                f.step("S4", "评标现场见证", "ZTB-02", "ZTB-Q01"),
                f.step("S5", "退还投标保证金", "ZTB-04", "ZTB-Q03")),
            f.flows("S1", "S2", "S3", "S4", "S5"))).orElseThrow();
    f.log("绘制业务流程图 2 张：市国土资源管理局“建设用地审批”、市招投标交易中心“开标评标”（S-2）");
  }
}
