/* lading-engine-stats.c
 *
 * One stats sample of a container, for polling many containers at a low rate
 * instead of holding a stream open for each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine-stats"

#include "config.h"

#include "lading-engine-private.h"
#include "lading-stats-reader.h"

static gpointer
parse_sample (GBytes  *bytes,
              GError **error)
{
  g_autoptr(LadingStatsSample) sample = g_new0 (LadingStatsSample, 1);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (!lading_stats_sample_parse (data, length, sample, error))
    return NULL;

  return g_steal_pointer (&sample);
}

/**
 * lading_engine_get_stats_async:
 * @self: a connected engine
 * @id: the container's id or name
 *
 * Reads `GET /containers/{id}/stats?stream=false&one-shot=true`, which the
 * engine answers at once, with empty precpu_stats: the CPU figure needs the
 * previous sample (lading_stats_calc()).  A container that does not run gives
 * a sample with `stopped` set.
 */
void
lading_engine_get_stats_async (LadingEngine        *self,
                               const char          *id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (id != NULL);

  _lading_engine_get_object_async (self, "/containers/", id, "/stats?stream=false&one-shot=true",
                                   parse_sample, (GDestroyNotify)lading_stats_sample_free,
                                   lading_engine_get_stats_async,
                                   cancellable, callback, user_data);
}

/**
 * lading_engine_get_stats_finish:
 *
 * Returns: (transfer full): the sample
 */
LadingStatsSample *
lading_engine_get_stats_finish (LadingEngine  *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_get_stats_async, error);
}
