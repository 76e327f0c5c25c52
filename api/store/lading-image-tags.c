/* lading-image-tags.c
 *
 * The store's images as `docker images` lists them: a LadingImageTag for
 * each tag of each image, or one for an untagged image, in the images'
 * order and then their tags'.  It follows the images in place: a changed
 * image changes its own rows only, and a row whose tag stays is the same
 * object, so selections and bindings keep to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-image-tags"

#include "config.h"

#include "lading-image-tags.h"

struct _LadingImageTags
{
  GObject     parent_instance;

  GListModel *images;
  GPtrArray  *mirror;   /* of LadingImage, as @images has them */
  GArray     *n_rows;   /* of guint, one for each image of @mirror */
  GPtrArray  *rows;     /* of LadingImageTag */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LadingImageTags, lading_image_tags, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return LADING_TYPE_IMAGE_TAG;
}

static guint
get_n_items (GListModel *model)
{
  return LADING_IMAGE_TAGS (model)->rows->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  LadingImageTags *self = LADING_IMAGE_TAGS (model);

  if (position >= self->rows->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* Where the rows of the image at @index start. */
static guint
first_row (LadingImageTags *self,
           guint            index)
{
  guint row = 0;

  for (guint i = 0; i < index; i++)
    row += g_array_index (self->n_rows, guint, i);

  return row;
}

/* @image's rows in the order of its tags, or its one untagged row, taking
 * those of @old (its rows until now) whose tag stays. */
static GPtrArray *
rows_for (LadingImage     *image,
          LadingImageTag **old,
          guint            n_old)
{
  const char * const *tags = lading_image_get_repo_tags (image);
  guint n_tags = g_strv_length ((GStrv)tags);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < MAX (n_tags, 1); i++)
    {
      const char *tag = n_tags > 0 ? tags[i] : NULL;
      LadingImageTag *row = NULL;

      /* An untagged row stays only while the image has no tag. */
      for (guint j = 0; j < n_old && row == NULL; j++)
        if (tag != NULL ? g_strcmp0 (lading_image_tag_get_repo_tag (old[j]), tag) == 0
                        : lading_image_tag_get_untagged (old[j]))
          row = g_object_ref (old[j]);

      g_ptr_array_add (rows, row != NULL ? row : lading_image_tag_new (image, tag));
    }

  return rows;
}

static void
replace_rows (LadingImageTags *self,
              guint            row,
              guint            n_removed,
              GPtrArray       *added)
{
  g_ptr_array_remove_range (self->rows, row, n_removed);
  for (guint i = 0; i < added->len; i++)
    g_ptr_array_insert (self->rows, row + i, g_object_ref (g_ptr_array_index (added, i)));

  if (n_removed > 0 || added->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), row, n_removed, added->len);
}

/* A change of tags replaces the image's rows in one go; the rows whose tag
 * stays are the same objects, which views keep selected. */
static void
repo_tags_changed_cb (LadingImage     *image,
                      GParamSpec      *pspec,
                      LadingImageTags *self)
{
  g_autoptr(GPtrArray) rows = NULL;
  gboolean same;
  guint index, row, n_old;

  if (!g_ptr_array_find (self->mirror, image, &index))
    g_return_if_reached ();

  row = first_row (self, index);
  n_old = g_array_index (self->n_rows, guint, index);
  rows = rows_for (image, (LadingImageTag **)self->rows->pdata + row, n_old);

  same = rows->len == n_old;
  for (guint i = 0; same && i < n_old; i++)
    same = g_ptr_array_index (rows, i) == g_ptr_array_index (self->rows, row + i);
  if (same)
    return;

  g_array_index (self->n_rows, guint, index) = rows->len;
  replace_rows (self, row, n_old, rows);
}

static void
images_changed_cb (GListModel      *images,
                   guint            position,
                   guint            removed,
                   guint            added,
                   LadingImageTags *self)
{
  g_autoptr(GPtrArray) new_rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint row = first_row (self, position);
  guint n_removed_rows = 0;

  for (guint i = position; i < position + removed; i++)
    {
      g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->mirror, i), self);
      n_removed_rows += g_array_index (self->n_rows, guint, i);
    }
  g_ptr_array_remove_range (self->mirror, position, removed);
  g_array_remove_range (self->n_rows, position, removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(LadingImage) image = g_list_model_get_item (images, position + i);
      g_autoptr(GPtrArray) rows = rows_for (image, NULL, 0);
      guint n_rows = rows->len;

      g_ptr_array_insert (self->mirror, position + i, g_object_ref (image));
      g_array_insert_val (self->n_rows, position + i, n_rows);
      g_signal_connect_object (image, "notify::repo-tags", G_CALLBACK (repo_tags_changed_cb),
                               self, 0);
      g_ptr_array_extend_and_steal (new_rows, g_steal_pointer (&rows));
    }

  replace_rows (self, row, n_removed_rows, new_rows);
}

static void
lading_image_tags_dispose (GObject *object)
{
  LadingImageTags *self = (LadingImageTags *)object;

  if (self->images != NULL)
    g_signal_handlers_disconnect_by_data (self->images, self);
  g_clear_object (&self->images);
  for (guint i = 0; self->mirror != NULL && i < self->mirror->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->mirror, i), self);
  g_clear_pointer (&self->mirror, g_ptr_array_unref);
  g_clear_pointer (&self->n_rows, g_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (lading_image_tags_parent_class)->dispose (object);
}

static void
lading_image_tags_class_init (LadingImageTagsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lading_image_tags_dispose;
}

static void
lading_image_tags_init (LadingImageTags *self)
{
  self->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  self->n_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * lading_image_tags_new:
 * @images: a list model of #LadingImage, such as lading_store_get_images()
 *
 * Returns: (transfer full): the rows of @images, one for each tag
 */
LadingImageTags *
lading_image_tags_new (GListModel *images)
{
  LadingImageTags *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (images), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (images), LADING_TYPE_IMAGE),
                        NULL);

  self = g_object_new (LADING_TYPE_IMAGE_TAGS, NULL);
  self->images = g_object_ref (images);
  g_signal_connect (images, "items-changed", G_CALLBACK (images_changed_cb), self);
  images_changed_cb (images, 0, 0, g_list_model_get_n_items (images), self);

  return self;
}
