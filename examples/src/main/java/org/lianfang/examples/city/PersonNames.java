package org.lianfang.examples.city;

import static org.lianfang.examples.city.Texts.RARE;
import static org.lianfang.examples.city.Texts.pick;

import java.util.List;
import java.util.SplittableRandom;

/** People's names for the generated officials, some with a middle dot and some with characters outside the BMP. */
final class PersonNames {
  private PersonNames() {}


  static final List<String> SURNAMES = List.of(
      "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
      "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
      "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范",
      "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康", "毛", "邱", "秦", "江", "史", "顾",
      "侯", "邵", "孟", "龙", "段", "雷", "钱", "汤", "尹", "黎", "普", "者", "和", "刀", "岩", "字", "欧阳", "司马", "上官",
      "诸葛");

  static final List<String> GIVEN = List.of(
      "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰",
      "霞", "平", "刚", "桂英", "建华", "建国", "志强", "海燕", "红梅", "文斌", "晓东", "云", "春", "华", "玲", "燕", "丹",
      "斌", "波", "宁", "琳", "鹏", "辉", "浩", "宇", "欣", "婷", "雪", "梅", "峰", "亮", "林", "洁", "健", "彬", "俊", "凯",
      "帆", "晨", "思", "怡", "嘉", "璐", "萍", "琴", "颖", "瑞", "然", "昆", "滇", "玉", "兰", "祥", "福", "荣", "卫东",
      "红", "新", "志", "国", "永", "德", "光", "发", "学");

  /** Names written with a middle dot, as some minority names are. */
  static final List<String> DOTTED = List.of("买买提·艾力", "阿依古丽·吐尔逊", "扎西·顿珠", "努尔·阿不都");

  /**
   * @param rare whether the name must carry a character outside the BMP
   * @return a person's name
   */
  static String personName(SplittableRandom r, boolean rare) {
    if (!rare && r.nextInt(400) == 0) {
      return pick(r, DOTTED);
    }
    String surname = pick(r, SURNAMES);
    String given = pick(r, GIVEN);
    if (given.length() == 1 && r.nextInt(3) == 0) {
      given = given + pick(r, GIVEN).substring(0, 1);
    }
    if (rare) {
      given = r.nextBoolean() ? pick(r, RARE) : given.substring(0, 1) + pick(r, RARE);
    }
    return surname + given;
  }
}
