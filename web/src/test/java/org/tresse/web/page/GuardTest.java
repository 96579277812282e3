package org.tresse.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The limits count a client, not an address it can change at will. */
class GuardTest {
    @Test
    void everyAddressOfOneIpv6NetworkIsOneClient() {
        assertThat(Guard.client("2001:db8:1:2::1")).isEqualTo(Guard.client("2001:db8:1:2:ffff:ffff:ffff:fffe"))
                .isEqualTo(Guard.client("[2001:db8:1:2:0:0:0:99]")).isEqualTo("20010db800010002::/64");
        assertThat(Guard.client("2001:db8:1:3::1")).isNotEqualTo(Guard.client("2001:db8:1:2::1"));
        assertThat(Guard.client("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(Guard.client("fe80::1%eth0")).isEqualTo("fe80000000000000::/64");
        assertThat(Guard.client("not:an:address:zz")).isEqualTo("not:an:address:zz");
    }
}
