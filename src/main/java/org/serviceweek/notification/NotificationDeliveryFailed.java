package org.serviceweek.notification;

/**
 * An attempt to send an email or call a webhook failed; it is tried again later unless
 * {@code givenUp}.
 *
 * @param channel {@code email} or {@code webhook}
 */
public record NotificationDeliveryFailed(long deliveryId, String channel, boolean givenUp) {
}
