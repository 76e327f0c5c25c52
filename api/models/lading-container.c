/* lading-container.c
 *
 * LadingContainer, the object: its properties, and the assignment that
 * notifies only what changed.  Reading it from the engine's JSON is in
 * lading-container-parse.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-container"

#include "config.h"

#include "lading-api-enums.h"
#include "lading-container-fields-private.h"
#include "lading-container-private.h"
#include "lading-model-util-private.h"
#include "lading-models-private.h"


G_DEFINE_FINAL_TYPE (LadingContainer, lading_container, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SHORT_ID,
  PROP_NAME,
  PROP_IMAGE,
  PROP_IMAGE_ID,
  PROP_COMMAND,
  PROP_STATE,
  PROP_HEALTH,
  PROP_EXIT_CODE,
  PROP_CREATED,
  PROP_STARTED_AT,
  PROP_FINISHED_AT,
  PROP_PORTS,
  PROP_LABELS,
  PROP_COMPOSE_PROJECT,
  PROP_COMPOSE_SERVICE,
  PROP_VOLUME_NAMES,
  PROP_NETWORK_NAMES,
  PROP_NETWORK_MODE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
lading_container_finalize (GObject *object)
{
  LadingContainer *self = (LadingContainer *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->short_id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->image, g_free);
  g_clear_pointer (&self->image_id, g_free);
  g_clear_pointer (&self->command, g_free);
  g_clear_pointer (&self->ports, g_free);
  g_clear_pointer (&self->compose_project, g_free);
  g_clear_pointer (&self->compose_service, g_free);
  g_clear_pointer (&self->network_mode, g_free);
  g_clear_pointer (&self->volume_names, g_strfreev);
  g_clear_pointer (&self->network_names, g_strfreev);
  g_clear_pointer (&self->labels, g_hash_table_unref);

  G_OBJECT_CLASS (lading_container_parent_class)->finalize (object);
}

static void
lading_container_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LadingContainer *self = LADING_CONTAINER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_SHORT_ID:
      g_value_set_string (value, self->short_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_IMAGE:
      g_value_set_string (value, self->image);
      break;

    case PROP_IMAGE_ID:
      g_value_set_string (value, self->image_id);
      break;

    case PROP_COMMAND:
      g_value_set_string (value, self->command);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_HEALTH:
      g_value_set_enum (value, self->health);
      break;

    case PROP_EXIT_CODE:
      g_value_set_int (value, self->exit_code);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_STARTED_AT:
      g_value_set_int64 (value, self->started_at);
      break;

    case PROP_FINISHED_AT:
      g_value_set_int64 (value, self->finished_at);
      break;

    case PROP_PORTS:
      g_value_set_string (value, self->ports);
      break;

    case PROP_LABELS:
      g_value_set_boxed (value, self->labels);
      break;

    case PROP_COMPOSE_PROJECT:
      g_value_set_string (value, self->compose_project);
      break;

    case PROP_COMPOSE_SERVICE:
      g_value_set_string (value, self->compose_service);
      break;

    case PROP_VOLUME_NAMES:
      g_value_set_boxed (value, self->volume_names);
      break;

    case PROP_NETWORK_NAMES:
      g_value_set_boxed (value, self->network_names);
      break;

    case PROP_NETWORK_MODE:
      g_value_set_string (value, self->network_mode);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_container_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LadingContainer *self = LADING_CONTAINER (object);

  switch (prop_id)
    {
    case PROP_ID:
      /* Construct-only: the id is what the store matches events and rows on. */
      self->id = g_value_dup_string (value);
      self->short_id = _lading_dup_short_id (self->id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS));
}

static GParamSpec *
int64_param (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0,
                             (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                              G_PARAM_STATIC_STRINGS));
}

static void
lading_container_class_init (LadingContainerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lading_container_finalize;
  object_class->get_property = lading_container_get_property;
  object_class->set_property = lading_container_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));
  properties [PROP_SHORT_ID] = string_param ("short-id");
  properties [PROP_NAME] = string_param ("name");
  properties [PROP_IMAGE] = string_param ("image");
  properties [PROP_IMAGE_ID] = string_param ("image-id");
  properties [PROP_COMMAND] = string_param ("command");
  properties [PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       LADING_TYPE_CONTAINER_STATE,
                       LADING_CONTAINER_STATE_UNKNOWN,
                       flags);
  properties [PROP_HEALTH] =
    g_param_spec_enum ("health", NULL, NULL,
                       LADING_TYPE_CONTAINER_HEALTH,
                       LADING_CONTAINER_HEALTH_NONE,
                       flags);
  properties [PROP_EXIT_CODE] =
    g_param_spec_int ("exit-code", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      flags);
  properties [PROP_CREATED] = int64_param ("created");
  properties [PROP_STARTED_AT] = int64_param ("started-at");
  properties [PROP_FINISHED_AT] = int64_param ("finished-at");
  properties [PROP_PORTS] = string_param ("ports");
  properties [PROP_LABELS] =
    g_param_spec_boxed ("labels", NULL, NULL,
                        G_TYPE_HASH_TABLE,
                        flags);
  properties [PROP_COMPOSE_PROJECT] = string_param ("compose-project");
  properties [PROP_COMPOSE_SERVICE] = string_param ("compose-service");
  properties [PROP_VOLUME_NAMES] =
    g_param_spec_boxed ("volume-names", NULL, NULL,
                        G_TYPE_STRV,
                        flags);
  properties [PROP_NETWORK_NAMES] =
    g_param_spec_boxed ("network-names", NULL, NULL,
                        G_TYPE_STRV,
                        flags);
  properties [PROP_NETWORK_MODE] = string_param ("network-mode");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_container_init (LadingContainer *self)
{
  self->name = g_strdup ("");
  self->image = g_strdup ("");
  self->image_id = g_strdup ("");
  self->command = g_strdup ("");
  self->ports = g_strdup ("");
  self->network_mode = g_strdup ("");
  self->volume_names = g_new0 (char *, 1);
  self->network_names = g_new0 (char *, 1);
  self->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* A time read from text ("Up 3 minutes") that agrees with the one we have, or a
 * time the new source does not carry, must not replace a better one: a resync
 * by listing would otherwise blur the exact times an inspect gave. */
static gboolean
time_agrees (gint64 current,
             gint64 incoming,
             gint64 precision)
{
  if (precision == LADING_TIME_UNKNOWN)
    return TRUE;

  if (precision == LADING_TIME_EXACT || current == 0)
    return current == incoming;

  return current > incoming - precision && current < incoming + precision;
}

static gboolean
update_time (gint64 *current,
             gint64 *current_precision,
             gint64  incoming,
             gint64  incoming_precision)
{
  if (time_agrees (*current, incoming, incoming_precision))
    return FALSE;

  *current = incoming;
  *current_precision = incoming_precision;

  return TRUE;
}

static void
notify (LadingContainer *self,
        guint            prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

static void
assign_strings (LadingContainer *self,
                LadingContainer *from)
{
  if (_lading_update_string (&self->name, from->name))
    notify (self, PROP_NAME);
  if (_lading_update_string (&self->image, from->image))
    notify (self, PROP_IMAGE);
  if (_lading_update_string (&self->image_id, from->image_id))
    notify (self, PROP_IMAGE_ID);
  if (_lading_update_string (&self->command, from->command))
    notify (self, PROP_COMMAND);
  if (_lading_update_string (&self->ports, from->ports))
    notify (self, PROP_PORTS);
  if (_lading_update_string (&self->compose_project, from->compose_project))
    notify (self, PROP_COMPOSE_PROJECT);
  if (_lading_update_string (&self->compose_service, from->compose_service))
    notify (self, PROP_COMPOSE_SERVICE);
  if (_lading_update_string (&self->network_mode, from->network_mode))
    notify (self, PROP_NETWORK_MODE);
  if (_lading_update_strv (&self->volume_names, (const char * const *)from->volume_names))
    notify (self, PROP_VOLUME_NAMES);
  if (_lading_update_strv (&self->network_names, (const char * const *)from->network_names))
    notify (self, PROP_NETWORK_NAMES);
  if (_lading_update_labels (&self->labels, from->labels))
    notify (self, PROP_LABELS);
}

static void
assign_state (LadingContainer *self,
              LadingContainer *from)
{
  if (self->state != from->state)
    {
      self->state = from->state;
      notify (self, PROP_STATE);
    }

  if (self->health != from->health)
    {
      self->health = from->health;
      notify (self, PROP_HEALTH);
    }

  if (self->exit_code != from->exit_code)
    {
      self->exit_code = from->exit_code;
      notify (self, PROP_EXIT_CODE);
    }

  if (self->created != from->created)
    {
      self->created = from->created;
      notify (self, PROP_CREATED);
    }

  if (update_time (&self->started_at, &self->started_at_precision,
                   from->started_at, from->started_at_precision))
    notify (self, PROP_STARTED_AT);

  if (update_time (&self->finished_at, &self->finished_at_precision,
                   from->finished_at, from->finished_at_precision))
    notify (self, PROP_FINISHED_AT);
}

/**
 * lading_container_get_id:
 * @self: a #LadingContainer
 *
 * Returns: the full 64-character container id
 */
const char *
lading_container_get_id (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), NULL);

  return self->id;
}

/**
 * lading_container_get_short_id:
 * @self: a #LadingContainer
 *
 * Returns: the first 12 characters of the id, as the docker CLI shows it
 */
const char *
lading_container_get_short_id (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), NULL);

  return self->short_id;
}

/**
 * lading_container_get_name:
 * @self: a #LadingContainer
 *
 * Returns: the name without Docker's leading "/"
 */
const char *
lading_container_get_name (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), NULL);

  return self->name;
}

/**
 * lading_container_get_image:
 * @self: a #LadingContainer
 *
 * Returns: the image as the container was created from it ("bb", "nginx:1.25")
 */
const char *
lading_container_get_image (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), NULL);

  return self->image;
}

const char *
lading_container_get_image_id (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), NULL);

  return self->image_id;
}

const char *
lading_container_get_command (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), NULL);

  return self->command;
}

LadingContainerState
lading_container_get_state (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), LADING_CONTAINER_STATE_UNKNOWN);

  return self->state;
}

LadingContainerHealth
lading_container_get_health (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), LADING_CONTAINER_HEALTH_NONE);

  return self->health;
}

int
lading_container_get_exit_code (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), 0);

  return self->exit_code;
}

gint64
lading_container_get_created (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), 0);

  return self->created;
}

/**
 * lading_container_get_started_at:
 * @self: a #LadingContainer
 *
 * Returns: when the container last started (unix seconds), or 0 if never or
 *   unknown; from a list reply it is only as exact as "Up 3 minutes"
 */
gint64
lading_container_get_started_at (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), 0);

  return self->started_at;
}

/**
 * lading_container_get_finished_at:
 * @self: a #LadingContainer
 *
 * Returns: when the container last exited (unix seconds), or 0 if never or
 *   unknown; from a list reply it is only as exact as "Exited (1) 2 hours ago"
 */
gint64
lading_container_get_finished_at (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), 0);

  return self->finished_at;
}

/**
 * lading_container_get_ports:
 * @self: a #LadingContainer
 *
 * Returns: the port summary ("0.0.0.0:8080→80/tcp, 443/tcp"), "" if none
 */
const char *
lading_container_get_ports (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), NULL);

  return self->ports;
}

/**
 * lading_container_get_labels:
 * @self: a #LadingContainer
 *
 * Returns: (transfer none) (element-type utf8 utf8): the labels; do not modify
 */
GHashTable *
lading_container_get_labels (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), NULL);

  return self->labels;
}

/**
 * lading_container_get_compose_project:
 * @self: a #LadingContainer
 *
 * Returns: (nullable): the Compose project the container belongs to
 */
const char *
lading_container_get_compose_project (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), NULL);

  return self->compose_project;
}

/**
 * lading_container_get_compose_service:
 * @self: a #LadingContainer
 *
 * Returns: (nullable): the Compose service the container runs
 */
const char *
lading_container_get_compose_service (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), NULL);

  return self->compose_service;
}

/**
 * lading_container_get_volume_names:
 * @self: a #LadingContainer
 *
 * Returns: (transfer none): the sorted names of the volumes the container mounts
 */
const char * const *
lading_container_get_volume_names (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), NULL);

  return (const char * const *)self->volume_names;
}

/**
 * lading_container_get_network_names:
 * @self: a #LadingContainer
 *
 * Returns: (transfer none): the sorted names of the networks the container
 *   is connected to ("none" and "host" included)
 */
const char * const *
lading_container_get_network_names (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), NULL);

  return (const char * const *)self->network_names;
}

/**
 * lading_container_get_network_mode:
 * @self: a #LadingContainer
 *
 * Returns: `HostConfig.NetworkMode`: "none", "host", "bridge", a network name…
 */
const char *
lading_container_get_network_mode (LadingContainer *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER (self), NULL);

  return self->network_mode;
}

void
_lading_container_assign (LadingContainer *self,
                          LadingContainer *from)
{
  g_return_if_fail (LADING_IS_CONTAINER (self));
  g_return_if_fail (LADING_IS_CONTAINER (from));
  g_return_if_fail (g_strcmp0 (self->id, from->id) == 0);

  g_object_freeze_notify (G_OBJECT (self));
  assign_strings (self, from);
  assign_state (self, from);
  g_object_thaw_notify (G_OBJECT (self));
}
