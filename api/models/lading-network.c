/* lading-network.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-network"

#include "config.h"

#include "lading-engine-error.h"
#include "lading-json-private.h"
#include "lading-model-util-private.h"
#include "lading-models-private.h"

struct _LadingNetwork
{
  GObject      parent_instance;

  char        *id;
  char        *short_id;
  char        *name;
  char        *driver;
  char        *scope;
  char        *subnet;
  GHashTable  *labels;
  char       **used_by;
  gint64       created;
  guint        internal : 1;
};

G_DEFINE_FINAL_TYPE (LadingNetwork, lading_network, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SHORT_ID,
  PROP_NAME,
  PROP_DRIVER,
  PROP_SCOPE,
  PROP_SUBNET,
  PROP_CREATED,
  PROP_INTERNAL,
  PROP_LABELS,
  PROP_USED_BY,
  PROP_CONTAINERS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
lading_network_finalize (GObject *object)
{
  LadingNetwork *self = (LadingNetwork *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->short_id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->driver, g_free);
  g_clear_pointer (&self->scope, g_free);
  g_clear_pointer (&self->subnet, g_free);
  g_clear_pointer (&self->labels, g_hash_table_unref);
  g_clear_pointer (&self->used_by, g_strfreev);

  G_OBJECT_CLASS (lading_network_parent_class)->finalize (object);
}

static void
lading_network_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LadingNetwork *self = LADING_NETWORK (object);

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

    case PROP_DRIVER:
      g_value_set_string (value, self->driver);
      break;

    case PROP_SCOPE:
      g_value_set_string (value, self->scope);
      break;

    case PROP_SUBNET:
      g_value_set_string (value, self->subnet);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_INTERNAL:
      g_value_set_boolean (value, self->internal);
      break;

    case PROP_LABELS:
      g_value_set_boxed (value, self->labels);
      break;

    case PROP_USED_BY:
      g_value_set_boxed (value, self->used_by);
      break;

    case PROP_CONTAINERS:
      g_value_set_uint (value, lading_network_get_containers (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_network_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LadingNetwork *self = LADING_NETWORK (object);

  switch (prop_id)
    {
    case PROP_ID:
      /* Construct-only: network events name the network by its id. */
      self->id = g_value_dup_string (value);
      self->short_id = _lading_dup_short_id (self->id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_network_class_init (LadingNetworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lading_network_finalize;
  object_class->get_property = lading_network_get_property;
  object_class->set_property = lading_network_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));
  properties [PROP_SHORT_ID] =
    g_param_spec_string ("short-id", NULL, NULL, NULL, flags);
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties [PROP_DRIVER] =
    g_param_spec_string ("driver", NULL, NULL, NULL, flags);
  properties [PROP_SCOPE] =
    g_param_spec_string ("scope", NULL, NULL, NULL, flags);
  properties [PROP_SUBNET] =
    g_param_spec_string ("subnet", NULL, NULL, NULL, flags);
  properties [PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_INTERNAL] =
    g_param_spec_boolean ("internal", NULL, NULL, FALSE, flags);
  properties [PROP_LABELS] =
    g_param_spec_boxed ("labels", NULL, NULL, G_TYPE_HASH_TABLE, flags);
  properties [PROP_USED_BY] =
    g_param_spec_boxed ("used-by", NULL, NULL, G_TYPE_STRV, flags);
  properties [PROP_CONTAINERS] =
    g_param_spec_uint ("containers", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_network_init (LadingNetwork *self)
{
  self->used_by = g_new0 (char *, 1);
}

static char *
dup_string_member (JsonObject *object,
                   const char *member)
{
  const char *value = _lading_json_get_string (object, member);

  return g_strdup (value != NULL ? value : "");
}

/* "172.18.0.0/16, fd00::/48" from IPAM.Config[].Subnet; Config may be null. */
static char *
dup_subnets (JsonObject *object)
{
  g_autoptr(GString) subnets = g_string_new (NULL);
  JsonObject *ipam = _lading_json_get_object (object, "IPAM");
  JsonArray *config = ipam != NULL ? _lading_json_get_array (ipam, "Config") : NULL;
  guint length = config != NULL ? json_array_get_length (config) : 0;

  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (config, i);
      const char *subnet;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          (subnet = _lading_json_get_string (json_node_get_object (node), "Subnet")) == NULL ||
          subnet[0] == '\0')
        continue;

      if (subnets->len > 0)
        g_string_append (subnets, ", ");
      g_string_append (subnets, subnet);
    }

  return g_string_free (g_steal_pointer (&subnets), FALSE);
}

static gpointer
parse_element (JsonObject  *object,
               gpointer     user_data,
               GError     **error)
{
  return _lading_network_new_from_json (object, error);
}

static void
notify (LadingNetwork *self,
        guint          prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

const char *
lading_network_get_id (LadingNetwork *self)
{
  g_return_val_if_fail (LADING_IS_NETWORK (self), NULL);

  return self->id;
}

const char *
lading_network_get_short_id (LadingNetwork *self)
{
  g_return_val_if_fail (LADING_IS_NETWORK (self), NULL);

  return self->short_id;
}

const char *
lading_network_get_name (LadingNetwork *self)
{
  g_return_val_if_fail (LADING_IS_NETWORK (self), NULL);

  return self->name;
}

const char *
lading_network_get_driver (LadingNetwork *self)
{
  g_return_val_if_fail (LADING_IS_NETWORK (self), NULL);

  return self->driver;
}

const char *
lading_network_get_scope (LadingNetwork *self)
{
  g_return_val_if_fail (LADING_IS_NETWORK (self), NULL);

  return self->scope;
}

/**
 * lading_network_get_subnet:
 * @self: a #LadingNetwork
 *
 * Returns: the network's subnets joined with ", ", or "" (host, none)
 */
const char *
lading_network_get_subnet (LadingNetwork *self)
{
  g_return_val_if_fail (LADING_IS_NETWORK (self), NULL);

  return self->subnet;
}

gint64
lading_network_get_created (LadingNetwork *self)
{
  g_return_val_if_fail (LADING_IS_NETWORK (self), 0);

  return self->created;
}

gboolean
lading_network_get_internal (LadingNetwork *self)
{
  g_return_val_if_fail (LADING_IS_NETWORK (self), FALSE);

  return self->internal;
}

/**
 * lading_network_get_labels:
 * @self: a #LadingNetwork
 *
 * Returns: (transfer none) (element-type utf8 utf8): the labels; do not modify
 */
GHashTable *
lading_network_get_labels (LadingNetwork *self)
{
  g_return_val_if_fail (LADING_IS_NETWORK (self), NULL);

  return self->labels;
}

/**
 * lading_network_get_used_by:
 * @self: a #LadingNetwork
 *
 * Returns: (transfer none): the sorted names of the containers connected
 *   to the network, running or not, as kept by the store
 */
const char * const *
lading_network_get_used_by (LadingNetwork *self)
{
  g_return_val_if_fail (LADING_IS_NETWORK (self), NULL);

  return (const char * const *)self->used_by;
}

guint
lading_network_get_containers (LadingNetwork *self)
{
  g_return_val_if_fail (LADING_IS_NETWORK (self), 0);

  return g_strv_length (self->used_by);
}

/**
 * lading_network_get_builtin:
 * @self: a #LadingNetwork
 *
 * Returns: whether the engine made the network itself ("bridge", "host",
 *   "none", and a swarm's "ingress" and "docker_gwbridge"), or a swarm's
 *   services did (scope "swarm"): `docker network prune` leaves them alone
 */
gboolean
lading_network_get_builtin (LadingNetwork *self)
{
  static const char * const builtin[] = { "bridge", "host", "none", "ingress",
                                          "docker_gwbridge", NULL };

  g_return_val_if_fail (LADING_IS_NETWORK (self), FALSE);

  return g_strv_contains (builtin, self->name) || g_strcmp0 (self->scope, "swarm") == 0;
}

LadingNetwork *
_lading_network_new_from_json (JsonObject  *object,
                               GError     **error)
{
  const char *id;
  LadingNetwork *self;

  g_return_val_if_fail (object != NULL, NULL);

  id = _lading_json_get_string (object, "Id");
  if (id == NULL || id[0] == '\0')
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "A network has no Id");
      return NULL;
    }

  self = g_object_new (LADING_TYPE_NETWORK, "id", id, NULL);
  self->name = dup_string_member (object, "Name");
  self->driver = dup_string_member (object, "Driver");
  self->scope = dup_string_member (object, "Scope");
  self->subnet = dup_subnets (object);
  self->created = _lading_json_parse_time (_lading_json_get_string (object, "Created"));
  self->internal = _lading_json_get_boolean (object, "Internal");
  self->labels = _lading_json_dup_string_map (object, "Labels");

  return self;
}

GPtrArray *
_lading_network_list_parse (GBytes  *bytes,
                            GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _lading_json_parse_list (bytes, "networks", parse_element, NULL, error);
}

LadingNetwork *
_lading_network_inspect_parse (GBytes  *bytes,
                               GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _lading_json_parse_single (bytes, "a network", parse_element, NULL, error);
}

void
_lading_network_assign (LadingNetwork *self,
                        LadingNetwork *from)
{
  g_return_if_fail (LADING_IS_NETWORK (self));
  g_return_if_fail (LADING_IS_NETWORK (from));
  g_return_if_fail (g_strcmp0 (self->id, from->id) == 0);

  g_object_freeze_notify (G_OBJECT (self));

  if (_lading_update_string (&self->name, from->name))
    notify (self, PROP_NAME);
  if (_lading_update_string (&self->driver, from->driver))
    notify (self, PROP_DRIVER);
  if (_lading_update_string (&self->scope, from->scope))
    notify (self, PROP_SCOPE);
  if (_lading_update_string (&self->subnet, from->subnet))
    notify (self, PROP_SUBNET);
  if (_lading_update_labels (&self->labels, from->labels))
    notify (self, PROP_LABELS);

  if (self->created != from->created)
    {
      self->created = from->created;
      notify (self, PROP_CREATED);
    }

  if (self->internal != from->internal)
    {
      self->internal = from->internal;
      notify (self, PROP_INTERNAL);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/* Kept by LadingStore: the names of the containers on this network
 * (NULL-terminated, sorted); also notifies the "containers" count. */
void
_lading_network_set_used_by (LadingNetwork      *self,
                             const char * const *names)
{
  guint containers;

  g_return_if_fail (LADING_IS_NETWORK (self));

  containers = lading_network_get_containers (self);
  if (!_lading_update_strv (&self->used_by, names))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  notify (self, PROP_USED_BY);
  if (containers != lading_network_get_containers (self))
    notify (self, PROP_CONTAINERS);
  g_object_thaw_notify (G_OBJECT (self));
}
