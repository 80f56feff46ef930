/** Implementation details of core. Not API: adapters and hosts must not use this package (checked by ArchUnit). */
package org.lianfang.internal;
