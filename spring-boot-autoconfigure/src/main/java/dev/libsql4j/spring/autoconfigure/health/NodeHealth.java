package dev.libsql4j.spring.autoconfigure.health;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one probe of a node found.
 *
 * @param url the node's base URL (no credentials)
 * @param up whether it answered {@code SELECT 1}
 * @param roundTripMs time of the probe's request, in milliseconds
 * @param replicationIndex the replication index it reported, or null (never written, or down)
 * @param error why it is down, or null when up (never contains the token)
 */
record NodeHealth(URI url, boolean up, long roundTripMs, Long replicationIndex, String error) {

  /**
   * The node's entry in the health details. For a replica, {@code replicationLag} is how far its
   * index is behind the primary's (frames on sqld, commits on the devserver), when both are known.
   *
   * @param primaryIndex the primary's index for a replica's lag, or null (the primary itself)
   */
  Map<String, Object> details(Long primaryIndex) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("status", up ? "UP" : "DOWN");
    details.put("url", url.toString());
    details.put("roundTripMs", roundTripMs);
    if (replicationIndex != null) {
      details.put("replicationIndex", replicationIndex);
      if (primaryIndex != null) {
        // the replica is probed after the primary: it may have applied newer commits meanwhile
        details.put("replicationLag", Math.max(0, primaryIndex - replicationIndex));
      }
    }
    if (error != null) {
      details.put("error", error);
    }
    return details;
  }
}
