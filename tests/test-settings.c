/* test-settings.c
 *
 * LadingSettings mirrors each key as a typed property: it reads the key's
 * value, writes it, and notifies when the key changes from anywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-settings.h"

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_settings_typed (void)
{
  LadingSettings *settings = lading_settings_new ();
  g_autoptr(GSettings) gsettings = g_settings_new (APP_ID);
  GParamSpec *pspec;
  g_autofree char *endpoint = NULL;
  g_autofree char *command = NULL;
  int width, height, lines;

  /* Properties of the keys' types, defaults and ranges. */
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (settings), "log-lines");
  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_INT (pspec));
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->minimum, ==, 10);
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->default_value, ==, 1000);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (settings), "log-wrap");
  g_assert_true (G_IS_PARAM_SPEC_BOOLEAN (pspec));
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (settings), "shell-command");
  g_assert_true (G_IS_PARAM_SPEC_STRING (pspec));

  g_settings_set_string (gsettings, "endpoint", "tcp://engine.example:2375");
  endpoint = lading_settings_dup_endpoint (settings);
  g_assert_cmpstr (endpoint, ==, "tcp://engine.example:2375");
  g_object_set (settings, "shell-command", "/bin/sh -l", NULL);
  command = g_settings_get_string (gsettings, "shell-command");
  g_assert_cmpstr (command, ==, "/bin/sh -l");

  lading_settings_save_window_state (settings, 1234, 567, TRUE);
  lading_settings_get_window_size (settings, &width, &height);
  g_assert_cmpint (width, ==, 1234);
  g_assert_cmpint (height, ==, 567);
  g_assert_true (lading_settings_get_window_maximized (settings));

  g_settings_set_int (gsettings, "log-lines", 42);
  g_object_get (settings, "log-lines", &lines, NULL);
  g_assert_cmpint (lines, ==, 42);

  g_settings_reset (gsettings, "endpoint");
  g_settings_reset (gsettings, "shell-command");
  g_settings_reset (gsettings, "window-width");
  g_settings_reset (gsettings, "window-height");
  g_settings_reset (gsettings, "window-maximized");
  g_settings_reset (gsettings, "log-lines");
  g_assert_finalize_object (settings);
}

static void
test_settings_notify (void)
{
  LadingSettings *settings = lading_settings_new ();
  g_autoptr(GSettings) gsettings = g_settings_new (APP_ID);
  guint alerts = 0, other = 0;

  g_signal_connect (settings, "notify::alerts-enabled", G_CALLBACK (count_cb), &alerts);
  g_signal_connect (settings, "notify::shell-user", G_CALLBACK (count_cb), &other);

  g_assert_true (lading_settings_get_alerts_enabled (settings));
  g_settings_set_boolean (gsettings, "alerts-enabled", FALSE);
  g_assert_cmpuint (alerts, ==, 1);
  g_assert_false (lading_settings_get_alerts_enabled (settings));

  /* Only what changed notifies, and setting the same value again does not. */
  g_object_set (settings, "alerts-enabled", FALSE, NULL);
  g_assert_cmpuint (alerts, ==, 1);
  g_object_set (settings, "alerts-enabled", TRUE, NULL);
  g_assert_cmpuint (alerts, ==, 2);
  g_assert_cmpuint (other, ==, 0);

  g_settings_reset (gsettings, "alerts-enabled");
  g_assert_finalize_object (settings);
}

static void
test_settings_default (void)
{
  LadingSettings *settings = lading_settings_get_default ();

  g_assert_true (LADING_IS_SETTINGS (settings));
  g_assert_true (lading_settings_get_default () == settings);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/app/settings/typed", test_settings_typed);
  g_test_add_func ("/app/settings/notify", test_settings_notify);
  g_test_add_func ("/app/settings/default", test_settings_default);

  return g_test_run ();
}
