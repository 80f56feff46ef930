package org.lianfang.spi;

import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;

/**
 * The public appraisal rounds (群众评议, S-12, P-25): the {@link Repository} contract, with no code of their own.
 */
public interface AppraisalRounds extends Repository<AppraisalRound, AppraisalRoundId> {}
