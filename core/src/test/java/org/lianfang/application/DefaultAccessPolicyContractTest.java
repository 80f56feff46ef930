package org.lianfang.application;

import org.lianfang.spi.AccessPolicy;
import org.lianfang.testing.AccessPolicyContract;

class DefaultAccessPolicyContractTest extends AccessPolicyContract {
  @Override
  protected AccessPolicy policy() {
    return new DefaultAccessPolicy();
  }
}
