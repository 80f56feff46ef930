package org.lianfang.spi;

import java.util.List;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.organization.PostId;

/**
 * The monthly checks (月查, P-22): the {@link Repository} contract, where a post and a month are a check's code (one
 * check per post and month, as a post's code is one per unit), and a post's checks.
 */
public interface MonthlyChecks extends Repository<MonthlyCheck, MonthlyCheckId> {
  /** @param post a post @return its checks, by month */
  List<MonthlyCheck> ofPost(PostId post);
}
