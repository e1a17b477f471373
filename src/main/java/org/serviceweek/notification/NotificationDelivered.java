package org.serviceweek.notification;

/**
 * An email or webhook call went out.
 *
 * @param channel {@code email} or {@code webhook}
 */
public record NotificationDelivered(long deliveryId, String channel) {
}
