export const apiKey = "fxOxhEP48F8UaaJiZjK9ptWLqxjhv15g";
export const posthogKey = "phc_GCZXfi1NJI7qQWoAtS21drypmPyGQxOd";
