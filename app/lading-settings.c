/* lading-settings.c
 *
 * The application's settings, one object for the whole process: it wraps
 * the GSettings of io.github.lading.Lading and mirrors each of its keys as a
 * property of the same name, which notifies when the key changes, so that
 * widgets (which never read settings themselves) are bound to it here in
 * app/.  What code reads or writes outside of a binding has a typed
 * accessor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-settings"

#include "config.h"

#include "lading-settings.h"

struct _LadingSettings
{
  GObject    parent_instance;

  /* Owned */
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (LadingSettings, lading_settings, G_TYPE_OBJECT)

/* Property ids are 1 + the key's index in @keys. */
static char       **keys;
static GParamSpec **properties;
static guint        n_keys;

static void
changed_cb (LadingSettings *self,
            const char     *key)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), key);

  if (pspec != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
lading_settings_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LadingSettings *self = LADING_SETTINGS (object);
  g_autoptr(GVariant) variant = NULL;

  if (prop_id == 0 || prop_id > n_keys)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  variant = g_settings_get_value (self->settings, keys[prop_id - 1]);
  switch (G_PARAM_SPEC_VALUE_TYPE (pspec))
    {
    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, g_variant_get_boolean (variant));
      break;

    case G_TYPE_INT:
      g_value_set_int (value, g_variant_get_int32 (variant));
      break;

    default:
      g_value_set_string (value, g_variant_get_string (variant, NULL));
    }
}

static void
lading_settings_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LadingSettings *self = LADING_SETTINGS (object);
  GVariant *variant;

  if (prop_id == 0 || prop_id > n_keys)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  switch (G_PARAM_SPEC_VALUE_TYPE (pspec))
    {
    case G_TYPE_BOOLEAN:
      variant = g_variant_new_boolean (g_value_get_boolean (value));
      break;

    case G_TYPE_INT:
      variant = g_variant_new_int32 (g_value_get_int (value));
      break;

    default:
      variant = g_variant_new_string (g_value_get_string (value) ? g_value_get_string (value) : "");
    }

  /* Floating: the settings take it. */
  g_settings_set_value (self->settings, keys[prop_id - 1], variant);
}

static void
lading_settings_finalize (GObject *object)
{
  LadingSettings *self = LADING_SETTINGS (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lading_settings_parent_class)->finalize (object);
}

/* A property for @key, of the GType its value maps to (the schema only has
 * booleans, 32-bit integers and strings), with the key's default and range. */
static GParamSpec *
param_spec_for_key (GSettingsSchemaKey *key)
{
  const char *name = g_settings_schema_key_get_name (key);
  const GVariantType *type = g_settings_schema_key_get_value_type (key);
  g_autoptr(GVariant) fallback = g_settings_schema_key_get_default_value (key);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_NICK |
                      G_PARAM_STATIC_BLURB;

  if (g_variant_type_equal (type, G_VARIANT_TYPE_BOOLEAN))
    return g_param_spec_boolean (name, NULL, NULL, g_variant_get_boolean (fallback), flags);

  if (g_variant_type_equal (type, G_VARIANT_TYPE_INT32))
    {
      g_autoptr(GVariant) range = g_settings_schema_key_get_range (key);
      g_autoptr(GVariant) bounds = NULL;
      const char *kind;
      int min = G_MININT32, max = G_MAXINT32;

      g_variant_get (range, "(&sv)", &kind, &bounds);
      if (g_str_equal (kind, "range"))
        g_variant_get (bounds, "(ii)", &min, &max);

      return g_param_spec_int (name, NULL, NULL, min, max, g_variant_get_int32 (fallback), flags);
    }

  g_return_val_if_fail (g_variant_type_equal (type, G_VARIANT_TYPE_STRING), NULL);

  return g_param_spec_string (name, NULL, NULL, g_variant_get_string (fallback, NULL), flags);
}

static void
lading_settings_class_init (LadingSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  g_autoptr(GSettingsSchema) schema =
    g_settings_schema_source_lookup (g_settings_schema_source_get_default (), APP_ID, TRUE);

  object_class->finalize = lading_settings_finalize;
  object_class->get_property = lading_settings_get_property;
  object_class->set_property = lading_settings_set_property;

  g_return_if_fail (schema != NULL);

  /* Kept for the whole process: the names of the properties point into it. */
  keys = g_settings_schema_list_keys (schema);
  n_keys = g_strv_length (keys);
  properties = g_new0 (GParamSpec *, n_keys + 1);

  for (guint i = 0; i < n_keys; i++)
    {
      g_autoptr(GSettingsSchemaKey) key = g_settings_schema_get_key (schema, keys[i]);

      properties[i + 1] = param_spec_for_key (key);
    }

  g_object_class_install_properties (object_class, n_keys + 1, properties);
}

static void
lading_settings_init (LadingSettings *self)
{
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * lading_settings_new:
 *
 * Returns: (transfer full): settings of their own; the application uses
 *   lading_settings_get_default()
 */
LadingSettings *
lading_settings_new (void)
{
  return g_object_new (LADING_TYPE_SETTINGS, NULL);
}

/**
 * lading_settings_get_default:
 *
 * Returns: (transfer none): the settings the whole process shares, made on
 *   first use
 */
LadingSettings *
lading_settings_get_default (void)
{
  static LadingSettings *instance;

  if (g_once_init_enter (&instance))
    g_once_init_leave (&instance, lading_settings_new ());

  return instance;
}

/**
 * lading_settings_bind:
 *
 * Binds @key to @property of @object as g_settings_bind() does.
 */
void
lading_settings_bind (LadingSettings     *self,
                      const char         *key,
                      gpointer            object,
                      const char         *property,
                      GSettingsBindFlags  flags)
{
  g_return_if_fail (LADING_IS_SETTINGS (self));

  g_settings_bind (self->settings, key, object, property, flags);
}

/**
 * lading_settings_bind_log_view:
 *
 * Binds the log settings to @log_view: how many lines it loads and keeps,
 * and its timestamps and wrapping toggles, which write the settings back.
 */
void
lading_settings_bind_log_view (LadingSettings *self,
                               LadingLogView  *log_view)
{
  g_return_if_fail (LADING_IS_SETTINGS (self));
  g_return_if_fail (LADING_IS_LOG_VIEW (log_view));

  g_settings_bind (self->settings, "log-lines", log_view, "tail-lines", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "log-scrollback-lines", log_view, "scrollback-lines",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "log-timestamps", log_view, "show-timestamps",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "log-wrap", log_view, "wrap-lines", G_SETTINGS_BIND_DEFAULT);
}

/**
 * lading_settings_create_action:
 *
 * Returns: (transfer full): a stateful action that reads and writes @key
 */
GAction *
lading_settings_create_action (LadingSettings *self,
                               const char     *key)
{
  g_return_val_if_fail (LADING_IS_SETTINGS (self), NULL);

  return g_settings_create_action (self->settings, key);
}

/**
 * lading_settings_dup_endpoint:
 *
 * Returns: (transfer full): the engine URI the user set, or "" to find one
 */
char *
lading_settings_dup_endpoint (LadingSettings *self)
{
  g_return_val_if_fail (LADING_IS_SETTINGS (self), NULL);

  return g_settings_get_string (self->settings, "endpoint");
}

gboolean
lading_settings_get_alerts_enabled (LadingSettings *self)
{
  g_return_val_if_fail (LADING_IS_SETTINGS (self), FALSE);

  return g_settings_get_boolean (self->settings, "alerts-enabled");
}

char *
lading_settings_dup_shell_command (LadingSettings *self)
{
  g_return_val_if_fail (LADING_IS_SETTINGS (self), NULL);

  return g_settings_get_string (self->settings, "shell-command");
}

char *
lading_settings_dup_shell_user (LadingSettings *self)
{
  g_return_val_if_fail (LADING_IS_SETTINGS (self), NULL);

  return g_settings_get_string (self->settings, "shell-user");
}

char *
lading_settings_dup_containers_state_filter (LadingSettings *self)
{
  g_return_val_if_fail (LADING_IS_SETTINGS (self), NULL);

  return g_settings_get_string (self->settings, "containers-state-filter");
}

void
lading_settings_get_window_size (LadingSettings *self,
                                 int            *width,
                                 int            *height)
{
  g_return_if_fail (LADING_IS_SETTINGS (self));
  g_return_if_fail (width != NULL && height != NULL);

  *width = g_settings_get_int (self->settings, "window-width");
  *height = g_settings_get_int (self->settings, "window-height");
}

gboolean
lading_settings_get_window_maximized (LadingSettings *self)
{
  g_return_val_if_fail (LADING_IS_SETTINGS (self), FALSE);

  return g_settings_get_boolean (self->settings, "window-maximized");
}

/**
 * lading_settings_save_window_state:
 *
 * Keeps the size and state the main window closes with, for the next start.
 */
void
lading_settings_save_window_state (LadingSettings *self,
                                   int             width,
                                   int             height,
                                   gboolean        maximized)
{
  g_return_if_fail (LADING_IS_SETTINGS (self));

  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
}
