/* lading-ticker.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LADING_TYPE_TICKER (lading_ticker_get_type ())

G_DECLARE_FINAL_TYPE (LadingTicker, lading_ticker, LADING, TICKER, GObject)

LadingTicker *lading_ticker_get_default (void);
gint64        lading_ticker_get_now     (LadingTicker *self);
gboolean      lading_ticker_is_running  (LadingTicker *self);
void          lading_ticker_hold        (LadingTicker *self);
void          lading_ticker_release     (LadingTicker *self);

G_END_DECLS
