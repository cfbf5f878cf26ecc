// Prometheus metrics (prom-client), served at /metrics.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const m = {
    registry,
    polls: new Counter({ name: "alerts_source_polls_total", help: "Source polls by result", labelNames: ["result"] as const, registers: [registry] }),
    items: new Counter({ name: "alerts_feed_items_total", help: "New feed items stored", registers: [registry] }),
    incidents: new Counter({ name: "alerts_incidents_total", help: "Incidents created", registers: [registry] }),
    sent: new Counter({ name: "alerts_messages_sent_total", help: "Telegram messages sent (alerts, updates, broadcasts)", registers: [registry] }),
    failed: new Counter({ name: "alerts_messages_failed_total", help: "Telegram messages failed for good", registers: [registry] }),
    latency: new Histogram({
      name: "alerts_delivery_latency_seconds",
      help: "From a message being queued in the outbox to Telegram accepting it",
      buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
      registers: [registry],
    }),
    lastPoll: new Gauge({ name: "alerts_last_successful_poll_timestamp_seconds", help: "Unix time of the last poll cycle without error", registers: [registry] }),
    backlog: new Gauge({ name: "alerts_outbox_backlog", help: "Deliveries pending", registers: [registry] }),
  };
  return m;
}
export type Metrics = ReturnType<typeof createMetrics>;
