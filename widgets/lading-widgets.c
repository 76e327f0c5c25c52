/* lading-widgets.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-widgets"

#include "config.h"

#include <gtk/gtk.h>

#include "lading-list-view.h"
#include "lading-log-view.h"
#include "lading-resources.h"
#include "lading-state-badge.h"
#include "lading-widgets.h"

/**
 * lading_widgets_init:
 *
 * Registers the resource bundle and the types that `.ui` files name.  The
 * application's startup and every widget test call it once.
 */
void
lading_widgets_init (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      lading_register_resource ();
      g_type_ensure (LADING_TYPE_LIST_VIEW);
      g_type_ensure (LADING_TYPE_LOG_VIEW);
      g_type_ensure (LADING_TYPE_STATE_BADGE);
      g_once_init_leave (&initialized, 1);
    }
}
