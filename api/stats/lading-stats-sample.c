/* lading-stats-sample.c
 *
 * The pure parser of one stats object, for Docker on cgroup v1 and v2 and for
 * Podman, whose replies differ in a few members (ENGINE-API.md §4.2, §7).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-stats-sample"

#include "config.h"

#include "lading-engine-error.h"
#include "lading-json-private.h"
#include "lading-stats-sample.h"

G_DEFINE_BOXED_TYPE (LadingStatsSample, lading_stats_sample,
                     lading_stats_sample_copy, lading_stats_sample_free)

/* The engine's counters are unsigned; a negative or non-integer one is as
 * good as missing. */
static guint64
get_counter (JsonObject *object,
             const char *member)
{
  if (object == NULL)
    return 0;

  return (guint64)MAX (_lading_json_get_int (object, member, 0), 0);
}

/* Reads `cpu_stats` or `precpu_stats`. */
static void
parse_cpu (JsonObject *cpu_stats,
           guint64    *total,
           guint64    *system,
           guint      *online_cpus)
{
  JsonObject *usage = cpu_stats != NULL ? _lading_json_get_object (cpu_stats, "cpu_usage") : NULL;
  JsonArray *percpu = usage != NULL ? _lading_json_get_array (usage, "percpu_usage") : NULL;
  guint64 online = get_counter (cpu_stats, "online_cpus");

  *total = get_counter (usage, "total_usage");
  *system = get_counter (cpu_stats, "system_cpu_usage");

  /* Old engines leave online_cpus out; cgroup v2 leaves percpu_usage out. */
  if (online_cpus != NULL)
    *online_cpus = online > 0 ? (guint)MIN (online, G_MAXUINT)
                              : (percpu != NULL ? json_array_get_length (percpu) : 0);
}

/* `docker stats` leaves the inactive file cache out of the memory used: it can
 * be reclaimed at any time (moby/moby#40727; stats_helpers.go). */
static guint64
memory_used (JsonObject *memory_stats,
             guint64     usage)
{
  JsonObject *stats = _lading_json_get_object (memory_stats, "stats");
  guint64 inactive;

  if (stats == NULL)
    return usage;

  inactive = get_counter (stats, "total_inactive_file");
  if (json_object_has_member (stats, "total_inactive_file") && inactive < usage)
    return usage - inactive;

  inactive = get_counter (stats, "inactive_file");
  if (inactive < usage)
    return usage - inactive;

  return usage;
}

static void
parse_memory (JsonObject        *object,
              LadingStatsSample *out)
{
  JsonObject *memory_stats = _lading_json_get_object (object, "memory_stats");

  if (memory_stats == NULL)
    return;

  out->memory_usage = get_counter (memory_stats, "usage");
  out->memory_limit = get_counter (memory_stats, "limit");
  out->memory_used = memory_used (memory_stats, out->memory_usage);
}

static void
parse_networks (JsonObject        *object,
                LadingStatsSample *out)
{
  JsonObject *networks = _lading_json_get_object (object, "networks");
  g_autoptr(GList) interfaces = NULL;

  out->has_networks = networks != NULL;
  if (networks == NULL)
    return;

  interfaces = json_object_get_members (networks);
  for (const GList *l = interfaces; l != NULL; l = l->next)
    {
      JsonObject *interface = _lading_json_get_object (networks, l->data);

      out->net_rx += get_counter (interface, "rx_bytes");
      out->net_tx += get_counter (interface, "tx_bytes");
    }
}

/* cgroup v1 ops are Read/Write/Sync/Async/Total, v2 ops read/write; the CLI
 * matches the first letter.  Podman sends null arrays. */
static void
parse_blkio (JsonObject        *object,
             LadingStatsSample *out)
{
  JsonObject *blkio = _lading_json_get_object (object, "blkio_stats");
  JsonArray *entries = blkio != NULL ? _lading_json_get_array (blkio, "io_service_bytes_recursive")
                                     : NULL;
  guint length = entries != NULL ? json_array_get_length (entries) : 0;

  out->has_blkio = entries != NULL;
  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (entries, i);
      JsonObject *entry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *op = entry != NULL ? _lading_json_get_string (entry, "op") : NULL;

      if (op == NULL)
        continue;

      if (op[0] == 'r' || op[0] == 'R')
        out->block_read += get_counter (entry, "value");
      else if (op[0] == 'w' || op[0] == 'W')
        out->block_write += get_counter (entry, "value");
    }
}

/**
 * lading_stats_sample_parse:
 * @data: one object of `GET /containers/{id}/stats` (one line of the stream)
 * @length: the length of @data, or -1 if it is nul-terminated
 * @out: (out caller-allocates): the sample; cleared first
 * @error: return location for a #GError
 *
 * Missing or mistyped members read as 0.  A stopped container's reply parses,
 * with @out->stopped set.
 *
 * Returns: %FALSE with %LADING_ENGINE_ERROR_BAD_RESPONSE if @data is not a
 *   stats object
 */
gboolean
lading_stats_sample_parse (const char         *data,
                           gssize              length,
                           LadingStatsSample  *out,
                           GError            **error)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *out = (LadingStatsSample) { 0 };

  if ((root = _lading_json_parse (data, length, error)) == NULL)
    return FALSE;

  /* Docker names the container "id", Podman "Id"; a stopped container's
   * reply has little else. */
  object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (object == NULL || (_lading_json_get_string (object, "read") == NULL
                         && _lading_json_get_string (object, "id") == NULL
                         && _lading_json_get_string (object, "Id") == NULL))
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "Expected a stats object");
      return FALSE;
    }

  out->read_us = _lading_json_parse_time_us (_lading_json_get_string (object, "read"));
  if (out->read_us == 0)
    {
      out->stopped = TRUE;
      return TRUE;
    }

  out->preread_us = _lading_json_parse_time_us (_lading_json_get_string (object, "preread"));
  parse_cpu (_lading_json_get_object (object, "cpu_stats"),
             &out->cpu_total, &out->system_cpu, &out->online_cpus);
  parse_cpu (_lading_json_get_object (object, "precpu_stats"),
             &out->precpu_total, &out->presystem_cpu, NULL);
  parse_memory (object, out);
  parse_networks (object, out);
  parse_blkio (object, out);
  out->pids = get_counter (_lading_json_get_object (object, "pids_stats"), "current");

  return TRUE;
}

LadingStatsSample *
lading_stats_sample_copy (const LadingStatsSample *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
lading_stats_sample_free (LadingStatsSample *self)
{
  g_free (self);
}
