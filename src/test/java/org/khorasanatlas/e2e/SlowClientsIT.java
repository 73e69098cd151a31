package org.khorasanatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * 250 connections each send a request body one byte at a time, every two seconds ({@link SlowBodies}). Before, each
 * held one of Tomcat's 200 worker threads and every other request waited; now a normal request still answers within
 * a second.
 */
@E2ETest
class SlowClientsIT {

    private static final int CONNECTIONS = 250;
    private static final Duration TRICKLE = Duration.ofSeconds(2);
    private static final int ROUNDS = 4;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);

    @Test
    void slowRequestBodiesDoNotStarveOtherRequests(RunningApp app) throws Exception {
        List<String> slowAnswers = new ArrayList<>();
        try (SlowBodies slow = SlowBodies.open(app.baseUri(), CONNECTIONS)) {
            for (int round = 0; round < ROUNDS; round++) {
                Thread.sleep(TRICKLE);
                slow.trickle();
                slowAnswers.addAll(SlowBodies.slowAnswers(app.baseUri(), ANSWER_WITHIN, "round " + round));
            }
        }
        assertThat(slowAnswers)
                .as("normal requests while %d clients send bodies slowly", CONNECTIONS)
                .isEmpty();
    }
}
