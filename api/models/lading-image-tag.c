/* lading-image-tag.c
 *
 * One row of an image list as `docker images` prints it: an image under one
 * of its tags, or under "<none>" when it has none.  An image with two tags
 * is two rows.  The row shows its own repository and tag, and the image's
 * other facts (ID, size, shared size, age, containers) as properties of the same names,
 * told again when the image tells them, so lists sort and bind rows as
 * they would images.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-image-tag"

#include "config.h"

#include "lading-image-tag.h"
#include "lading-model-util-private.h"

#define UNTAGGED "<none>:<none>"

struct _LadingImageTag
{
  GObject      parent_instance;

  LadingImage *image;
  char        *repo_tag;     /* "<none>:<none>" for the row of an untagged image */
  char        *repository;
  char        *tag;
};

G_DEFINE_FINAL_TYPE (LadingImageTag, lading_image_tag, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_IMAGE,
  PROP_REPO_TAG,
  PROP_REPOSITORY,
  PROP_TAG,
  /* The image's, told again. */
  PROP_ID,
  PROP_SHORT_ID,
  PROP_DANGLING,
  PROP_SIZE,
  PROP_SHARED_SIZE,
  PROP_CREATED,
  PROP_CONTAINERS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Only the image's facts a row shows as its own go on. */
static void
image_notify_cb (LadingImageTag *self,
                 GParamSpec     *pspec)
{
  for (guint i = PROP_ID; i < N_PROPS; i++)
    if (g_str_equal (pspec->name, properties[i]->name))
      {
        g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
        return;
      }
}

static void
lading_image_tag_finalize (GObject *object)
{
  LadingImageTag *self = (LadingImageTag *)object;

  g_signal_handlers_disconnect_by_data (self->image, self);
  g_clear_object (&self->image);
  g_clear_pointer (&self->repo_tag, g_free);
  g_clear_pointer (&self->repository, g_free);
  g_clear_pointer (&self->tag, g_free);

  G_OBJECT_CLASS (lading_image_tag_parent_class)->finalize (object);
}

static void
lading_image_tag_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LadingImageTag *self = LADING_IMAGE_TAG (object);

  switch (prop_id)
    {
    case PROP_IMAGE:
      g_value_set_object (value, self->image);
      break;

    case PROP_REPO_TAG:
      g_value_set_string (value, self->repo_tag);
      break;

    case PROP_REPOSITORY:
      g_value_set_string (value, self->repository);
      break;

    case PROP_TAG:
      g_value_set_string (value, self->tag);
      break;

    case PROP_ID:
    case PROP_SHORT_ID:
    case PROP_DANGLING:
    case PROP_SIZE:
    case PROP_SHARED_SIZE:
    case PROP_CREATED:
    case PROP_CONTAINERS:
      g_object_get_property (G_OBJECT (self->image), pspec->name, value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_image_tag_class_init (LadingImageTagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lading_image_tag_finalize;
  object_class->get_property = lading_image_tag_get_property;

  properties [PROP_IMAGE] = g_param_spec_object ("image", NULL, NULL, LADING_TYPE_IMAGE, flags);
  /* "busybox:1.36"; "<none>:<none>" for an untagged image, as docker prints
   * it (and never NULL, which GTK's string sorter cannot take). */
  properties [PROP_REPO_TAG] = g_param_spec_string ("repo-tag", NULL, NULL, NULL, flags);
  properties [PROP_REPOSITORY] = g_param_spec_string ("repository", NULL, NULL, NULL, flags);
  properties [PROP_TAG] = g_param_spec_string ("tag", NULL, NULL, NULL, flags);
  properties [PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties [PROP_SHORT_ID] = g_param_spec_string ("short-id", NULL, NULL, NULL, flags);
  properties [PROP_DANGLING] = g_param_spec_boolean ("dangling", NULL, NULL, FALSE, flags);
  properties [PROP_SIZE] = g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_SHARED_SIZE] =
    g_param_spec_int64 ("shared-size", NULL, NULL, -1, G_MAXINT64, -1, flags);
  properties [PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_CONTAINERS] =
    g_param_spec_uint ("containers", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_image_tag_init (LadingImageTag *self)
{
}

/**
 * lading_image_tag_new:
 * @image: the image
 * @repo_tag: (nullable): one of its tags, or %NULL for an untagged image
 *
 * Returns: (transfer full): the row
 */
LadingImageTag *
lading_image_tag_new (LadingImage *image,
                      const char  *repo_tag)
{
  LadingImageTag *self;

  g_return_val_if_fail (LADING_IS_IMAGE (image), NULL);

  self = g_object_new (LADING_TYPE_IMAGE_TAG, NULL);
  self->image = g_object_ref (image);
  self->repo_tag = g_strdup (repo_tag != NULL ? repo_tag : UNTAGGED);
  _lading_split_repo_tag (self->repo_tag, &self->repository, &self->tag);

  g_signal_connect_swapped (image, "notify", G_CALLBACK (image_notify_cb), self);

  return self;
}

LadingImage *
lading_image_tag_get_image (LadingImageTag *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TAG (self), NULL);

  return self->image;
}

const char *
lading_image_tag_get_repo_tag (LadingImageTag *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TAG (self), NULL);

  return self->repo_tag;
}

const char *
lading_image_tag_get_repository (LadingImageTag *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TAG (self), NULL);

  return self->repository;
}

const char *
lading_image_tag_get_tag (LadingImageTag *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TAG (self), NULL);

  return self->tag;
}

/* Whether this is the row of an image that has no tag. */
gboolean
lading_image_tag_get_untagged (LadingImageTag *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TAG (self), FALSE);

  return g_str_equal (self->repo_tag, UNTAGGED);
}
