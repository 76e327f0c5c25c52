/* lading-alerts.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-event.h"
#include "lading-store.h"

#include "lading-settings.h"

G_BEGIN_DECLS

typedef enum
{
  LADING_ALERT_NONE,
  LADING_ALERT_EXITED,
  LADING_ALERT_OOM,
  LADING_ALERT_UNHEALTHY,
} LadingAlertKind;

#define LADING_TYPE_ALERTS (lading_alerts_get_type ())

G_DECLARE_FINAL_TYPE (LadingAlerts, lading_alerts, LADING, ALERTS, GObject)

LadingAlerts    *lading_alerts_new   (GApplication      *application,
                                      LadingStore       *store,
                                      LadingSettings    *settings);
LadingAlertKind  lading_alerts_check (GHashTable        *interrupted,
                                      const LadingEvent *event);

G_END_DECLS
