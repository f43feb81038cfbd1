// Placeholder replaced by the adapters work: provides a PostgreSQL URL to the tests.
export default function setup() {}
