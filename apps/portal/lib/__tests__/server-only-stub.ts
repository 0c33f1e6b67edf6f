// "server-only" throws outside a React Server Component bundle; unit tests load the modules directly.
export {}
