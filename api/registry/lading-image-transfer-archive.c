/* lading-image-transfer-archive.c
 *
 * The saves and loads of LadingImageTransfer.  A save writes through
 * g_file_replace(): the archive goes to a file beside the target, which
 * takes the target's place only once the engine sent all of it, so a
 * failed or cancelled save leaves the file that was there.  A load sends
 * the file as it is read, its size known beforehand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-registry"

#include "config.h"

#include "lading-image-transfer-private.h"

static void
save_progress_cb (goffset  done,
                  gpointer user_data)
{
  _lading_image_transfer_set_moved (user_data, done, -1);
}

static void
save_closed_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  LadingImageTransfer *self = user_data;
  GError *error = NULL;

  g_output_stream_close_finish (G_OUTPUT_STREAM (object), result, &error);
  g_object_unref (object);
  _lading_image_transfer_finish (self, error);
}

/* Closing with a cancelled cancellable drops the part written. */
static void
discard (GOutputStream *output)
{
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();

  g_cancellable_cancel (cancelled);
  g_output_stream_close (output, cancelled, NULL);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  LadingImageTransfer *self = user_data;
  GOutputStream *output = g_object_get_data (G_OBJECT (self), "lading-output");
  GError *error = NULL;

  if (!lading_engine_save_image_finish (LADING_ENGINE (object), result, &error))
    {
      discard (output);
      g_object_set_data (G_OBJECT (self), "lading-output", NULL);
      _lading_image_transfer_finish (self, error);
      return;
    }

  g_output_stream_close_async (g_object_ref (output), G_PRIORITY_DEFAULT,
                               self->cancellable, save_closed_cb,
                               self);
  g_object_set_data (G_OBJECT (self), "lading-output", NULL);
}

static void
replaced_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  LadingImageTransfer *self = user_data;
  GFileOutputStream *output;
  GError *error = NULL;

  if (!(output = g_file_replace_finish (G_FILE (object), result, &error)))
    {
      _lading_image_transfer_finish (self, error);
      return;
    }

  g_object_set_data_full (G_OBJECT (self), "lading-output", output, g_object_unref);
  _lading_image_transfer_set_moved (self, 0, self->size);
  lading_engine_save_image_async (self->engine,
                                  self->image,
                                  G_OUTPUT_STREAM (output), save_progress_cb, self,
                                  self->cancellable, saved_cb, self);
}

static void
load_progress_cb (goffset  done,
                  gpointer user_data)
{
  _lading_image_transfer_set_moved (user_data, done, -1);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  LadingImageTransfer *self = user_data;
  GError *error = NULL;
  GStrv loaded;

  g_object_set_data (G_OBJECT (self), "lading-input", NULL);
  if ((loaded = lading_engine_load_image_finish (LADING_ENGINE (object), result, &error)))
    {
      g_strfreev (self->loaded);
      self->loaded = loaded;
    }
  _lading_image_transfer_finish (self, error);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  LadingImageTransfer *self = user_data;
  g_autoptr(GFileInfo) info = NULL;
  GFileInputStream *input;
  GError *error = NULL;
  goffset size;

  if (!(input = g_file_read_finish (G_FILE (object), result, &error)) ||
      !(info = g_file_input_stream_query_info (input, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL,
                                               &error)))
    {
      g_clear_object (&input);
      _lading_image_transfer_finish (self, error);
      return;
    }

  size = g_file_info_get_size (info);
  g_object_set_data_full (G_OBJECT (self), "lading-input", input, g_object_unref);
  _lading_image_transfer_set_moved (self, 0, size);
  lading_engine_load_image_async (self->engine, G_INPUT_STREAM (input),
                                  size, load_progress_cb, self,
                                  self->cancellable, loaded_cb, self);
}

/* The run's task holds @self until it finishes. */
void
_lading_image_transfer_run_archive (LadingImageTransfer *self)
{
  if (self->kind == LADING_IMAGE_TRANSFER_SAVE)
    g_file_replace_async (self->file, NULL, FALSE, G_FILE_CREATE_NONE, G_PRIORITY_DEFAULT,
                          self->cancellable, replaced_cb, self);
  else
    g_file_read_async (self->file, G_PRIORITY_DEFAULT, self->cancellable, read_cb, self);
}

/**
 * lading_image_transfer_new_save:
 * @image: an image's name or id
 * @size: the image's size, about what the archive will take
 * @file: where the archive goes; a file there stays until the save is done
 */
LadingImageTransfer *
lading_image_transfer_new_save (LadingEngine *engine,
                                const char   *image,
                                gint64        size,
                                GFile        *file)
{
  LadingImageTransfer *self;

  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (image != NULL && G_IS_FILE (file), NULL);

  self = g_object_new (LADING_TYPE_IMAGE_TRANSFER, "engine", engine,
                       "kind", LADING_IMAGE_TRANSFER_SAVE, NULL);
  self->image = g_strdup (image);
  self->size = size;
  self->file = g_object_ref (file);

  return self;
}

/**
 * lading_image_transfer_new_load:
 * @file: a tar archive from `docker save` or a save
 */
LadingImageTransfer *
lading_image_transfer_new_load (LadingEngine *engine,
                                GFile        *file)
{
  LadingImageTransfer *self;

  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (LADING_TYPE_IMAGE_TRANSFER, "engine", engine,
                       "kind", LADING_IMAGE_TRANSFER_LOAD, NULL);
  self->file = g_object_ref (file);

  return self;
}

/**
 * lading_image_transfer_new_again:
 *
 * For Try Again: the same pull, push, save or load, on the same engine.
 *
 * Returns: (transfer full): a new transfer that has not run yet
 */
LadingImageTransfer *
lading_image_transfer_new_again (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), NULL);

  switch (self->kind)
    {
    case LADING_IMAGE_TRANSFER_PULL:
      return lading_image_transfer_new_pull (self->engine, self->reference, self->platform);

    case LADING_IMAGE_TRANSFER_PUSH:
      return lading_image_transfer_new_push (self->engine, self->reference);

    case LADING_IMAGE_TRANSFER_SAVE:
      return lading_image_transfer_new_save (self->engine, self->image, self->size, self->file);

    case LADING_IMAGE_TRANSFER_LOAD:
    default:
      return lading_image_transfer_new_load (self->engine, self->file);
    }
}

/* The file of a save or load, else %NULL. */
GFile *
lading_image_transfer_get_file (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), NULL);

  return self->file;
}

/* What moves, as a title names it: "busybox:latest", or the file's name
 * for a load. */
char *
lading_image_transfer_dup_subject (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), NULL);

  if (self->reference != NULL)
    return lading_image_reference_dup_familiar (self->reference);
  if (self->image != NULL)
    return g_strdup (self->image);

  return g_file_get_basename (self->file);
}

/* A load's images, by name or (without one) id, once it succeeded. */
const char * const *
lading_image_transfer_get_loaded (LadingImageTransfer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (self), NULL);

  return (const char * const *)self->loaded;
}
