/* lading-image.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-image"

#include "config.h"

#include <string.h>

#include "lading-engine-error.h"
#include "lading-json-private.h"
#include "lading-model-util-private.h"
#include "lading-models-private.h"

/* What `docker images` shows for the parts a dangling image lacks. */
#define NONE_TEXT "<none>"

struct _LadingImage
{
  GObject      parent_instance;

  char        *id;
  char        *short_id;
  char       **repo_tags;
  char        *repository;
  char        *tag;
  char        *display_name;
  GHashTable  *labels;
  gint64       size;
  gint64       created;
  gint64       shared_size;
  guint        containers;
  /* Inspected images only */
  LadingImageConfig *config;
};

G_DEFINE_FINAL_TYPE (LadingImage, lading_image, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SHORT_ID,
  PROP_REPO_TAGS,
  PROP_REPOSITORY,
  PROP_TAG,
  PROP_DISPLAY_NAME,
  PROP_DANGLING,
  PROP_SIZE,
  PROP_CREATED,
  PROP_SHARED_SIZE,
  PROP_CONTAINERS,
  PROP_LABELS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
lading_image_finalize (GObject *object)
{
  LadingImage *self = (LadingImage *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->short_id, g_free);
  g_clear_pointer (&self->repo_tags, g_strfreev);
  g_clear_pointer (&self->repository, g_free);
  g_clear_pointer (&self->tag, g_free);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->labels, g_hash_table_unref);
  g_clear_pointer (&self->config, lading_image_config_unref);

  G_OBJECT_CLASS (lading_image_parent_class)->finalize (object);
}

static void
lading_image_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LadingImage *self = LADING_IMAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_SHORT_ID:
      g_value_set_string (value, self->short_id);
      break;

    case PROP_REPO_TAGS:
      g_value_set_boxed (value, self->repo_tags);
      break;

    case PROP_REPOSITORY:
      g_value_set_string (value, self->repository);
      break;

    case PROP_TAG:
      g_value_set_string (value, self->tag);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;

    case PROP_DANGLING:
      g_value_set_boolean (value, lading_image_get_dangling (self));
      break;

    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_SHARED_SIZE:
      g_value_set_int64 (value, self->shared_size);
      break;

    case PROP_CONTAINERS:
      g_value_set_uint (value, self->containers);
      break;

    case PROP_LABELS:
      g_value_set_boxed (value, self->labels);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_image_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LadingImage *self = LADING_IMAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      /* Construct-only: tags move between images, the id does not. */
      self->id = g_value_dup_string (value);
      self->short_id = _lading_dup_short_id (self->id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_image_class_init (LadingImageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lading_image_finalize;
  object_class->get_property = lading_image_get_property;
  object_class->set_property = lading_image_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));
  properties [PROP_SHORT_ID] =
    g_param_spec_string ("short-id", NULL, NULL, NULL, flags);
  properties [PROP_REPO_TAGS] =
    g_param_spec_boxed ("repo-tags", NULL, NULL, G_TYPE_STRV, flags);
  properties [PROP_REPOSITORY] =
    g_param_spec_string ("repository", NULL, NULL, NULL, flags);
  properties [PROP_TAG] =
    g_param_spec_string ("tag", NULL, NULL, NULL, flags);
  properties [PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL, flags);
  properties [PROP_DANGLING] =
    g_param_spec_boolean ("dangling", NULL, NULL, FALSE, flags);
  properties [PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* What other images share of "size"; -1 while the store has not been
   * told (it asks only while someone holds the sizes). */
  properties [PROP_SHARED_SIZE] =
    g_param_spec_int64 ("shared-size", NULL, NULL, -1, G_MAXINT64, -1, flags);
  properties [PROP_CONTAINERS] =
    g_param_spec_uint ("containers", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_LABELS] =
    g_param_spec_boxed ("labels", NULL, NULL, G_TYPE_HASH_TABLE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_image_init (LadingImage *self)
{
  self->repo_tags = g_new0 (char *, 1);
  self->repository = g_strdup (NONE_TEXT);
  self->tag = g_strdup (NONE_TEXT);
  self->display_name = g_strdup (NONE_TEXT);
  self->shared_size = -1;
  self->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* RepoTags is null, [] (API ≥ 1.43) or ["<none>:<none>"] for a dangling image;
 * keep only the real tags. */
static void
take_repo_tags (LadingImage *self,
                JsonArray   *array)
{
  g_auto(GStrv) tags = _lading_json_dup_strv (array);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *first;

  for (guint i = 0; tags[i] != NULL; i++)
    {
      if (strcmp (tags[i], "<none>:<none>") != 0 && tags[i][0] != '\0')
        g_strv_builder_add (builder, tags[i]);
    }

  g_strfreev (self->repo_tags);
  self->repo_tags = g_strv_builder_end (builder);

  if ((first = self->repo_tags[0]) == NULL)
    return;

  g_free (self->repository);
  g_free (self->tag);
  _lading_split_repo_tag (first, &self->repository, &self->tag);
  g_free (self->display_name);
  self->display_name = g_strdup (first);
}

static LadingImage *
image_new (JsonObject  *object,
           GError     **error)
{
  const char *id = _lading_json_get_string (object, "Id");
  g_autoptr(LadingImage) self = NULL;

  if (id == NULL || id[0] == '\0')
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "An image has no Id");
      return NULL;
    }

  self = g_object_new (LADING_TYPE_IMAGE, "id", id, NULL);
  take_repo_tags (self, _lading_json_get_array (object, "RepoTags"));
  self->size = MAX (_lading_json_get_int (object, "Size", 0), 0);

  return g_steal_pointer (&self);
}

static void
take_labels (LadingImage *self,
             JsonObject  *object)
{
  g_hash_table_unref (self->labels);
  self->labels = _lading_json_dup_string_map (object, "Labels");
}

static gpointer
parse_list_element (JsonObject  *object,
                    gpointer     user_data,
                    GError     **error)
{
  return _lading_image_new_from_list_json (object, error);
}

static gpointer
parse_inspect (JsonObject  *object,
               gpointer     user_data,
               GError     **error)
{
  LadingImage *self;

  if ((self = image_new (object, error)) == NULL)
    return NULL;

  self->created = _lading_json_parse_time (_lading_json_get_string (object, "Created"));
  take_labels (self, _lading_json_get_object (object, "Config"));
  self->config = _lading_image_config_new_from_json (object);

  return self;
}

static void
notify (LadingImage *self,
        guint        prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

const char *
lading_image_get_id (LadingImage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE (self), NULL);

  return self->id;
}

/**
 * lading_image_get_short_id:
 * @self: a #LadingImage
 *
 * Returns: the 12 hex digits after "sha256:", as the docker CLI shows them
 */
const char *
lading_image_get_short_id (LadingImage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE (self), NULL);

  return self->short_id;
}

/**
 * lading_image_get_repo_tags:
 * @self: a #LadingImage
 *
 * Returns: (transfer none): the image's tags ("lading-demo:1.0"); empty when dangling
 */
const char * const *
lading_image_get_repo_tags (LadingImage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE (self), NULL);

  return (const char * const *)self->repo_tags;
}

/**
 * lading_image_get_repository:
 * @self: a #LadingImage
 *
 * Returns: the repository of the first tag, or "<none>"
 */
const char *
lading_image_get_repository (LadingImage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE (self), NULL);

  return self->repository;
}

/**
 * lading_image_get_tag:
 * @self: a #LadingImage
 *
 * Returns: the tag of the first tag, or "<none>"
 */
const char *
lading_image_get_tag (LadingImage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE (self), NULL);

  return self->tag;
}

/**
 * lading_image_get_display_name:
 * @self: a #LadingImage
 *
 * Returns: "repository:tag" of the first tag, or "<none>" for a dangling image
 */
const char *
lading_image_get_display_name (LadingImage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE (self), NULL);

  return self->display_name;
}

gboolean
lading_image_get_dangling (LadingImage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE (self), FALSE);

  return self->repo_tags[0] == NULL;
}

gint64
lading_image_get_size (LadingImage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE (self), 0);

  return self->size;
}

gint64
lading_image_get_created (LadingImage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE (self), 0);

  return self->created;
}

/**
 * lading_image_get_shared_size:
 *
 * Returns: the bytes of the image's size that other images share, -1
 *   while unknown (see lading_store_hold_sizes())
 */
gint64
lading_image_get_shared_size (LadingImage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE (self), -1);

  return self->shared_size;
}

/**
 * lading_image_get_containers:
 * @self: a #LadingImage
 *
 * Returns: how many containers use the image, as counted by the store
 */
guint
lading_image_get_containers (LadingImage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE (self), 0);

  return self->containers;
}

/**
 * lading_image_get_labels:
 * @self: a #LadingImage
 *
 * Returns: (transfer none) (element-type utf8 utf8): the labels; do not modify
 */
GHashTable *
lading_image_get_labels (LadingImage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE (self), NULL);

  return self->labels;
}

LadingImage *
_lading_image_new_from_list_json (JsonObject  *object,
                                  GError     **error)
{
  LadingImage *self;

  g_return_val_if_fail (object != NULL, NULL);

  if ((self = image_new (object, error)) == NULL)
    return NULL;

  self->created = MAX (_lading_json_get_int (object, "Created", 0), 0);
  take_labels (self, object);

  return self;
}

GPtrArray *
_lading_image_list_parse (GBytes  *bytes,
                          GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _lading_json_parse_list (bytes, "images", parse_list_element, NULL, error);
}

LadingImage *
_lading_image_inspect_parse (GBytes  *bytes,
                             GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _lading_json_parse_single (bytes, "an image", parse_inspect, NULL, error);
}

/* The container count and the shared size are the store's, not the list's:
 * they are left alone here. */
void
_lading_image_assign (LadingImage *self,
                      LadingImage *from)
{
  gboolean was_dangling;

  g_return_if_fail (LADING_IS_IMAGE (self));
  g_return_if_fail (LADING_IS_IMAGE (from));
  g_return_if_fail (g_strcmp0 (self->id, from->id) == 0);

  g_object_freeze_notify (G_OBJECT (self));

  was_dangling = lading_image_get_dangling (self);
  if (_lading_update_strv (&self->repo_tags, (const char * const *)from->repo_tags))
    notify (self, PROP_REPO_TAGS);
  if (was_dangling != lading_image_get_dangling (self))
    notify (self, PROP_DANGLING);
  if (_lading_update_string (&self->repository, from->repository))
    notify (self, PROP_REPOSITORY);
  if (_lading_update_string (&self->tag, from->tag))
    notify (self, PROP_TAG);
  if (_lading_update_string (&self->display_name, from->display_name))
    notify (self, PROP_DISPLAY_NAME);
  if (_lading_update_labels (&self->labels, from->labels))
    notify (self, PROP_LABELS);

  if (self->size != from->size)
    {
      self->size = from->size;
      notify (self, PROP_SIZE);
    }

  if (self->created != from->created)
    {
      self->created = from->created;
      notify (self, PROP_CREATED);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

void
_lading_image_set_containers (LadingImage *self,
                              guint        containers)
{
  g_return_if_fail (LADING_IS_IMAGE (self));

  if (self->containers == containers)
    return;

  self->containers = containers;
  notify (self, PROP_CONTAINERS);
}

void
_lading_image_set_shared_size (LadingImage *self,
                               gint64       shared_size)
{
  g_return_if_fail (LADING_IS_IMAGE (self));

  shared_size = MAX (shared_size, -1);
  if (self->shared_size == shared_size)
    return;

  self->shared_size = shared_size;
  notify (self, PROP_SHARED_SIZE);
}

/**
 * lading_image_get_config:
 * @self: a #LadingImage
 *
 * Returns: (transfer none) (nullable): how its containers run and what it
 *   is, for an image from lading_engine_inspect_image_async(); %NULL for one
 *   from a list
 */
LadingImageConfig *
lading_image_get_config (LadingImage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE (self), NULL);

  return self->config;
}
