/**
 * The third line's area (监测预警, S-9): warnings issued, answered, supervised, verified and closed (P-8, P-18), or
 * transferred (P-10) or cancelled.
 */
package org.lianfang.application.monitoring;
