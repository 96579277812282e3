package org.tresse.web.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/**
 * The connections of one client are counted together: one IPv6 subscriber holds a whole /64, and
 * counted per address it could hold all 512 connections from 512 addresses of its network, each
 * under the 32 of one address, and lock everyone else out (as {@code Guard} counts forms).
 */
class SlowHeadersTest {
    @Test
    void the_addresses_of_one_ipv6_network_are_one_client_and_ipv4_addresses_stay_apart() throws Exception {
        assertThat(SlowHeaders.client(InetAddress.getByName("2001:db8:1:2::1")))
                .isEqualTo(SlowHeaders.client(InetAddress.getByName("2001:db8:1:2:ffff:ffff:ffff:fffe")));
        assertThat(SlowHeaders.client(InetAddress.getByName("2001:db8:1:3::1")))
                .isNotEqualTo(SlowHeaders.client(InetAddress.getByName("2001:db8:1:2::1")));
        assertThat(SlowHeaders.client(InetAddress.getByName("203.0.113.7")))
                .isNotEqualTo(SlowHeaders.client(InetAddress.getByName("203.0.113.8")));
    }
}
