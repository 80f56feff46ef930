package org.lianfang.spi;

import java.util.List;
import org.lianfang.organization.PostId;

import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.PowerItem;

/** The power items (职权) forming each unit's power list: the {@link Repository} contract, nothing more. */
public interface PowerItems extends Repository<PowerItem, PowerItemId> {
  /**
   * The power items a post exercises, found by the post whatever the size of its unit's power list (issue 9): what a
   * grade reads for the post's facts.
   *
   * @param post a post
   * @return the power items whose posts include it, in id order
   */
  List<PowerItem> ofPost(PostId post);
}
