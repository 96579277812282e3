package org.tresse.connector.telegram.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells Telegram where to post updates ({@code setWebhook}), retrying until it accepts or stop;
 * first asks the bot's username if it was not configured.
 */
public final class WebhookRegistration implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

    private final BotApi api;
    private final BotIdentity identity;
    private final String url;
    private final String secret;
    private final RetryDelay delay;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public WebhookRegistration(BotApi api, BotIdentity identity, String url, String secret, RetryDelay delay) {
        this.api = api;
        this.identity = identity;
        this.url = url;
        this.secret = secret;
        this.delay = delay;
    }

    @Override
    public void run() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("url", url);
        request.put("secret_token", secret);
        request.put("allowed_updates", UpdatePoller.ALLOWED_UPDATES);
        request.put("drop_pending_updates", false);
        try {
            if (!identity.known()) {
                identity.learn(api);
            }
            while (stopped.getCount() > 0) {
                Duration wait = delay.next();
                try {
                    ApiResponse response = api.call("setWebhook", request);
                    if (response.ok()) {
                        log.info("Telegram will post updates to {}", url);
                        return;
                    }
                    log.error("Telegram refused the webhook {} ({}), retrying in {}", url,
                            api.redactor().redact(response.summary()), Waits.text(wait));
                } catch (BotApiException e) {
                    log.warn("Telegram could not be reached to set the webhook, retrying in {}: {}", Waits.text(wait), e.getMessage());
                }
                stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() {
        stopped.countDown();
    }
}
