package org.lianfang.spi;

import org.lianfang.organization.PostId;
import org.lianfang.organization.Post;

/** The posts (岗位): the {@link Repository} contract, nothing more. */
public interface Posts extends Repository<Post, PostId> {}
