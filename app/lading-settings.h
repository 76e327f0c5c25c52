/* lading-settings.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-log-view.h"

G_BEGIN_DECLS

#define LADING_TYPE_SETTINGS (lading_settings_get_type ())

G_DECLARE_FINAL_TYPE (LadingSettings, lading_settings, LADING, SETTINGS, GObject)

LadingSettings *lading_settings_new                  (void);
LadingSettings *lading_settings_get_default          (void);
void            lading_settings_bind                 (LadingSettings     *self,
                                                      const char         *key,
                                                      gpointer            object,
                                                      const char         *property,
                                                      GSettingsBindFlags  flags);
void            lading_settings_bind_log_view        (LadingSettings     *self,
                                                      LadingLogView      *log_view);
GAction        *lading_settings_create_action        (LadingSettings     *self,
                                                      const char         *key);
char           *lading_settings_dup_endpoint         (LadingSettings     *self);
gboolean        lading_settings_get_alerts_enabled   (LadingSettings     *self);
char           *lading_settings_dup_shell_command    (LadingSettings     *self);
char           *lading_settings_dup_shell_user       (LadingSettings     *self);
char           *lading_settings_dup_containers_state_filter (LadingSettings *self);
void            lading_settings_get_window_size      (LadingSettings     *self,
                                                      int                *width,
                                                      int                *height);
gboolean        lading_settings_get_window_maximized (LadingSettings     *self);
void            lading_settings_save_window_state    (LadingSettings     *self,
                                                      int                 width,
                                                      int                 height,
                                                      gboolean            maximized);

G_END_DECLS
