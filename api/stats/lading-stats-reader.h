/* lading-stats-reader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-engine.h"
#include "lading-stats-calc.h"
#include "lading-stats-sample.h"

G_BEGIN_DECLS

void               lading_engine_get_stats_async  (LadingEngine         *self,
                                                   const char           *id,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
LadingStatsSample *lading_engine_get_stats_finish (LadingEngine         *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);

#define LADING_TYPE_STATS_READER (lading_stats_reader_get_type ())

G_DECLARE_FINAL_TYPE (LadingStatsReader, lading_stats_reader, LADING, STATS_READER, GObject)

LadingStatsReader *lading_stats_reader_new   (LadingEngine      *engine,
                                              const char        *container_id);
void               lading_stats_reader_start (LadingStatsReader *self);
void               lading_stats_reader_stop  (LadingStatsReader *self);

G_END_DECLS
