export const listJobsQueryConfig = {
  defaults: [
    "id", "queue", "name", "job_id", "business_key", "state", "attempts", "max_attempts", "last_error",
    "added_at", "started_at", "finished_at", "created_at", "updated_at",
  ],
  // Most recently moved first: what just failed or is stuck comes to the top.
  defaultOrder: { updated_at: "DESC" as const },
  isList: true,
}
