export * from './customer-channels.js';
export * from './tickets.js';
export * from './messages.js';
export * from './slack-events.js';
export * from './outbox.js';
export * from './drafts.js';
export * from './sla-clocks.js';
export * from './ticket-activity.js';
