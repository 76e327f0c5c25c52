/* lading-ticker.c
 *
 * One clock for every cell that shows a relative time ("Up 3 minutes").  Cells
 * hold the ticker while they are bound, which GtkColumnView does only for the
 * rows near the screen, so a list of thousands of containers runs one
 * 1-second timeout and updates a few dozen labels, and an idle window runs none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-ticker"

#include "config.h"

#include "lading-ticker.h"

struct _LadingTicker
{
  GObject parent_instance;

  gint64  now;
  guint   holds;
  guint   timeout_id;
};

G_DEFINE_FINAL_TYPE (LadingTicker, lading_ticker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NOW,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
lading_ticker_update (LadingTicker *self)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (now == self->now)
    return FALSE;

  self->now = now;
  return TRUE;
}

static gboolean
tick_cb (gpointer user_data)
{
  LadingTicker *self = user_data;

  g_assert (LADING_IS_TICKER (self));

  if (lading_ticker_update (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOW]);

  return G_SOURCE_CONTINUE;
}

static void
lading_ticker_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LadingTicker *self = LADING_TICKER (object);

  switch (prop_id)
    {
    case PROP_NOW:
      g_value_set_int64 (value, lading_ticker_get_now (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_ticker_class_init (LadingTickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = lading_ticker_get_property;

  /**
   * LadingTicker:now:
   *
   * The current time in unix seconds; notified once a second while held.
   */
  properties [PROP_NOW] =
    g_param_spec_int64 ("now", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_ticker_init (LadingTicker *self)
{
}

/**
 * lading_ticker_get_default:
 *
 * Returns: (transfer none): the process-wide ticker
 */
LadingTicker *
lading_ticker_get_default (void)
{
  static LadingTicker *instance;

  if (g_once_init_enter (&instance))
    g_once_init_leave (&instance, g_object_new (LADING_TYPE_TICKER, NULL));

  return instance;
}

/**
 * lading_ticker_get_now:
 * @self: a #LadingTicker
 *
 * Returns: the current time in unix seconds
 */
gint64
lading_ticker_get_now (LadingTicker *self)
{
  g_return_val_if_fail (LADING_IS_TICKER (self), 0);

  /* Without holders nothing keeps the value fresh. */
  if (self->timeout_id == 0)
    lading_ticker_update (self);

  return self->now;
}

/**
 * lading_ticker_is_running:
 * @self: a #LadingTicker
 *
 * Returns: whether the ticker runs its timeout, that is, whether anyone holds it
 */
gboolean
lading_ticker_is_running (LadingTicker *self)
{
  g_return_val_if_fail (LADING_IS_TICKER (self), FALSE);

  return self->timeout_id != 0;
}

/**
 * lading_ticker_hold:
 * @self: a #LadingTicker
 *
 * Asks for #LadingTicker:now to be notified every second until the matching
 * lading_ticker_release().
 */
void
lading_ticker_hold (LadingTicker *self)
{
  g_return_if_fail (LADING_IS_TICKER (self));

  if (self->holds++ > 0)
    return;

  lading_ticker_update (self);
  self->timeout_id = g_timeout_add_seconds (1, tick_cb, self);
}

/**
 * lading_ticker_release:
 * @self: a #LadingTicker
 *
 * Drops a hold taken with lading_ticker_hold(); the last one stops the timeout.
 */
void
lading_ticker_release (LadingTicker *self)
{
  g_return_if_fail (LADING_IS_TICKER (self));
  g_return_if_fail (self->holds > 0);

  if (--self->holds == 0)
    g_clear_handle_id (&self->timeout_id, g_source_remove);
}
