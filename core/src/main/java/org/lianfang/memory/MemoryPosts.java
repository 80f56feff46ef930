package org.lianfang.memory;

import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.spi.Posts;

/** The {@link Posts} port of {@link InMemoryStore}, over its table. */
final class MemoryPosts extends MemoryRepository<Post, PostId> implements Posts {
  MemoryPosts(Table<Post> t) {
    super(t);
  }
}
