/* lading-volume.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-volume"

#include "config.h"

#include "lading-engine-error.h"
#include "lading-json-private.h"
#include "lading-model-util-private.h"
#include "lading-models-private.h"

#define COMPOSE_PROJECT_LABEL "com.docker.compose.project"

struct _LadingVolume
{
  GObject      parent_instance;

  char        *name;
  char        *driver;
  char        *mountpoint;
  char        *scope;
  char        *compose_project;
  char       **used_by;
  GHashTable  *labels;
  gint64       created;
  gint64       size;
};

G_DEFINE_FINAL_TYPE (LadingVolume, lading_volume, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DRIVER,
  PROP_MOUNTPOINT,
  PROP_SCOPE,
  PROP_CREATED,
  PROP_LABELS,
  PROP_COMPOSE_PROJECT,
  PROP_USED_BY,
  PROP_CONTAINERS,
  PROP_SIZE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
lading_volume_finalize (GObject *object)
{
  LadingVolume *self = (LadingVolume *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->driver, g_free);
  g_clear_pointer (&self->mountpoint, g_free);
  g_clear_pointer (&self->scope, g_free);
  g_clear_pointer (&self->compose_project, g_free);
  g_clear_pointer (&self->used_by, g_strfreev);
  g_clear_pointer (&self->labels, g_hash_table_unref);

  G_OBJECT_CLASS (lading_volume_parent_class)->finalize (object);
}

static void
lading_volume_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LadingVolume *self = LADING_VOLUME (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DRIVER:
      g_value_set_string (value, self->driver);
      break;

    case PROP_MOUNTPOINT:
      g_value_set_string (value, self->mountpoint);
      break;

    case PROP_SCOPE:
      g_value_set_string (value, self->scope);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_LABELS:
      g_value_set_boxed (value, self->labels);
      break;

    case PROP_COMPOSE_PROJECT:
      g_value_set_string (value, self->compose_project);
      break;

    case PROP_USED_BY:
      g_value_set_boxed (value, self->used_by);
      break;

    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;

    case PROP_CONTAINERS:
      g_value_set_uint (value, lading_volume_get_containers (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_volume_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LadingVolume *self = LADING_VOLUME (object);

  switch (prop_id)
    {
    case PROP_NAME:
      /* Construct-only: a volume is known by its name, in events too. */
      self->name = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_volume_class_init (LadingVolumeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lading_volume_finalize;
  object_class->get_property = lading_volume_get_property;
  object_class->set_property = lading_volume_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));
  properties [PROP_DRIVER] =
    g_param_spec_string ("driver", NULL, NULL, NULL, flags);
  properties [PROP_MOUNTPOINT] =
    g_param_spec_string ("mountpoint", NULL, NULL, NULL, flags);
  properties [PROP_SCOPE] =
    g_param_spec_string ("scope", NULL, NULL, NULL, flags);
  properties [PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_LABELS] =
    g_param_spec_boxed ("labels", NULL, NULL, G_TYPE_HASH_TABLE, flags);
  properties [PROP_COMPOSE_PROJECT] =
    g_param_spec_string ("compose-project", NULL, NULL, NULL, flags);
  properties [PROP_USED_BY] =
    g_param_spec_boxed ("used-by", NULL, NULL, G_TYPE_STRV, flags);
  properties [PROP_CONTAINERS] =
    g_param_spec_uint ("containers", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, NULL, -1, G_MAXINT64, -1, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_volume_init (LadingVolume *self)
{
  self->used_by = g_new0 (char *, 1);
  self->size = -1;
}

static char *
dup_string_member (JsonObject *object,
                   const char *member)
{
  const char *value = _lading_json_get_string (object, member);

  return g_strdup (value != NULL ? value : "");
}

static gpointer
parse_element (JsonObject  *object,
               gpointer     user_data,
               GError     **error)
{
  return _lading_volume_new_from_json (object, error);
}

static void
notify (LadingVolume *self,
        guint         prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

const char *
lading_volume_get_name (LadingVolume *self)
{
  g_return_val_if_fail (LADING_IS_VOLUME (self), NULL);

  return self->name;
}

const char *
lading_volume_get_driver (LadingVolume *self)
{
  g_return_val_if_fail (LADING_IS_VOLUME (self), NULL);

  return self->driver;
}

/**
 * lading_volume_get_mountpoint:
 * @self: a #LadingVolume
 *
 * Returns: where the data lives on the engine's host (not on this machine)
 */
const char *
lading_volume_get_mountpoint (LadingVolume *self)
{
  g_return_val_if_fail (LADING_IS_VOLUME (self), NULL);

  return self->mountpoint;
}

const char *
lading_volume_get_scope (LadingVolume *self)
{
  g_return_val_if_fail (LADING_IS_VOLUME (self), NULL);

  return self->scope;
}

gint64
lading_volume_get_created (LadingVolume *self)
{
  g_return_val_if_fail (LADING_IS_VOLUME (self), 0);

  return self->created;
}

/**
 * lading_volume_get_labels:
 * @self: a #LadingVolume
 *
 * Returns: (transfer none) (element-type utf8 utf8): the labels; do not modify
 */
GHashTable *
lading_volume_get_labels (LadingVolume *self)
{
  g_return_val_if_fail (LADING_IS_VOLUME (self), NULL);

  return self->labels;
}

/**
 * lading_volume_get_compose_project:
 * @self: a #LadingVolume
 *
 * Returns: (nullable): the Compose project that created the volume
 */
const char *
lading_volume_get_compose_project (LadingVolume *self)
{
  g_return_val_if_fail (LADING_IS_VOLUME (self), NULL);

  return self->compose_project;
}

/**
 * lading_volume_get_used_by:
 * @self: a #LadingVolume
 *
 * Returns: (transfer none): the sorted names of the containers that mount the
 *   volume, as kept by the store
 */
const char * const *
lading_volume_get_used_by (LadingVolume *self)
{
  g_return_val_if_fail (LADING_IS_VOLUME (self), NULL);

  return (const char * const *)self->used_by;
}

guint
lading_volume_get_containers (LadingVolume *self)
{
  g_return_val_if_fail (LADING_IS_VOLUME (self), 0);

  return g_strv_length (self->used_by);
}

/**
 * lading_volume_get_size:
 * @self: a #LadingVolume
 *
 * Returns: the bytes of the volume's data, or -1 while unknown (see
 *   lading_store_hold_sizes())
 */
gint64
lading_volume_get_size (LadingVolume *self)
{
  g_return_val_if_fail (LADING_IS_VOLUME (self), -1);

  return self->size;
}

LadingVolume *
_lading_volume_new_from_json (JsonObject  *object,
                              GError     **error)
{
  const char *name;
  LadingVolume *self;

  g_return_val_if_fail (object != NULL, NULL);

  name = _lading_json_get_string (object, "Name");
  if (name == NULL || name[0] == '\0')
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "A volume has no Name");
      return NULL;
    }

  self = g_object_new (LADING_TYPE_VOLUME, "name", name, NULL);
  self->driver = dup_string_member (object, "Driver");
  self->mountpoint = dup_string_member (object, "Mountpoint");
  self->scope = dup_string_member (object, "Scope");
  self->created = _lading_json_parse_time (_lading_json_get_string (object, "CreatedAt"));
  self->labels = _lading_json_dup_string_map (object, "Labels");
  self->compose_project = g_strdup (g_hash_table_lookup (self->labels, COMPOSE_PROJECT_LABEL));

  return self;
}

GPtrArray *
_lading_volume_list_parse (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(JsonNode) root = NULL;
  JsonNode *volumes;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((root = _lading_json_parse_bytes (bytes, error)) == NULL)
    return NULL;

  /* {"Volumes": [...] or null, "Warnings": ...}; null means none. */
  volumes = JSON_NODE_HOLDS_OBJECT (root)
    ? json_object_get_member (json_node_get_object (root), "Volumes")
    : NULL;

  if (volumes == NULL || !(JSON_NODE_HOLDS_ARRAY (volumes) || JSON_NODE_HOLDS_NULL (volumes)))
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "Expected a JSON object with an array of volumes");
      return NULL;
    }

  return _lading_json_parse_elements (JSON_NODE_HOLDS_ARRAY (volumes)
                                      ? json_node_get_array (volumes)
                                      : NULL,
                                      parse_element, NULL);
}

LadingVolume *
_lading_volume_inspect_parse (GBytes  *bytes,
                              GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _lading_json_parse_single (bytes, "a volume", parse_element, NULL, error);
}

/* The users are the store's, not the engine's: they are left alone here. */
void
_lading_volume_assign (LadingVolume *self,
                       LadingVolume *from)
{
  g_return_if_fail (LADING_IS_VOLUME (self));
  g_return_if_fail (LADING_IS_VOLUME (from));
  g_return_if_fail (g_strcmp0 (self->name, from->name) == 0);

  g_object_freeze_notify (G_OBJECT (self));

  if (_lading_update_string (&self->driver, from->driver))
    notify (self, PROP_DRIVER);
  if (_lading_update_string (&self->mountpoint, from->mountpoint))
    notify (self, PROP_MOUNTPOINT);
  if (_lading_update_string (&self->scope, from->scope))
    notify (self, PROP_SCOPE);
  if (_lading_update_string (&self->compose_project, from->compose_project))
    notify (self, PROP_COMPOSE_PROJECT);
  if (_lading_update_labels (&self->labels, from->labels))
    notify (self, PROP_LABELS);

  if (self->created != from->created)
    {
      self->created = from->created;
      notify (self, PROP_CREATED);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

void
_lading_volume_set_used_by (LadingVolume       *self,
                            const char * const *names)
{
  guint containers;

  g_return_if_fail (LADING_IS_VOLUME (self));

  containers = lading_volume_get_containers (self);
  if (!_lading_update_strv (&self->used_by, names))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  notify (self, PROP_USED_BY);
  if (containers != lading_volume_get_containers (self))
    notify (self, PROP_CONTAINERS);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Kept by LadingStore from GET /system/df; -1 while unknown. */
void
_lading_volume_set_size (LadingVolume *self,
                         gint64        size)
{
  g_return_if_fail (LADING_IS_VOLUME (self));

  size = MAX (size, -1);
  if (self->size == size)
    return;

  self->size = size;
  notify (self, PROP_SIZE);
}
