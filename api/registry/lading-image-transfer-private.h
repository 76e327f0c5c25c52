/* lading-image-transfer-private.h
 *
 * The pure parts of LadingImageTransfer, shared with the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "lading-image-transfer.h"

G_BEGIN_DECLS

typedef struct _LadingLayerProgress LadingLayerProgress;

/* Its files share it: lading-image-transfer.c runs pulls and pushes and
 * publishes progress; lading-image-transfer-archive.c runs saves and loads. */
struct _LadingImageTransfer
{
  GObject                   parent_instance;

  LadingEngine             *engine;
  LadingImageTransferKind   kind;
  LadingImageReference     *reference;      /* pull and push */
  char                     *platform;
  GFile                    *file;           /* save and load */
  char                     *image;          /* save: a name or id */
  gint64                    size;           /* save: the image's, about the archive's */
  GStrv                     loaded;         /* load: what came */

  LadingImageTransferState  state;
  GError                   *error;

  /* While running */
  GTask                    *task;
  GCancellable             *cancellable;    /* ours, cancelled by the caller's too */
  gulong                    caller_cancelled_id;
  GCancellable             *caller_cancellable;
  GDataInputStream         *lines;
  LadingLayerProgress      *progress;       /* pull and push */
  gint64                    moved;          /* save and load: bytes so far */
  gint64                    to_move;
  gboolean                  started;
  guint                     publish_source;

  /* What the properties say: the progress as last published */
  LadingImageTransferPhase  phase;
  double                    fraction;
  gint64                    bytes_done;
  gint64                    bytes_total;
  guint                     layers_done;
  guint                     layers_total;
  char                     *digest;
};


/* What the messages of one pull or push stream add up to, over its layers. */

LadingLayerProgress       *_lading_layer_progress_new              (LadingImageTransferKind  kind);
void                       _lading_layer_progress_free             (LadingLayerProgress     *self);
/* Takes one message of the stream; fails for an error the engine sent in
 * it, as LADING_ENGINE_ERROR refined by _lading_registry_error_refine(). */
gboolean                   _lading_layer_progress_feed             (LadingLayerProgress     *self,
                                                                    JsonObject              *message,
                                                                    GError                 **error);
LadingImageTransferPhase   _lading_layer_progress_get_phase        (LadingLayerProgress     *self);
/* Of the layers whose size is known so far. */
gint64                     _lading_layer_progress_get_bytes_done   (LadingLayerProgress     *self);
gint64                     _lading_layer_progress_get_bytes_total  (LadingLayerProgress     *self);
guint                      _lading_layer_progress_get_layers_done  (LadingLayerProgress     *self);
guint                      _lading_layer_progress_get_layers_total (LadingLayerProgress     *self);
/* From 0 to 1, each layer that moves counting alike (those there already
 * do not); -1 before any such layer is known. */
double                     _lading_layer_progress_get_fraction     (LadingLayerProgress     *self);
/* Whether the engine said the work is done: a pull's "Status:" line, a
 * push's digest. A stream that ends before that was interrupted. */
gboolean                   _lading_layer_progress_get_finished     (LadingLayerProgress     *self);
const char                *_lading_layer_progress_get_digest       (LadingLayerProgress     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingLayerProgress, _lading_layer_progress_free)

/* Shared with lading-image-transfer-archive.c, which runs saves and loads. */
/* Bytes of a save or load so far, of @total (-1: as before). */
void                       _lading_image_transfer_set_moved        (LadingImageTransfer     *self,
                                                                    gint64                   done,
                                                                    gint64                   total);
void                       _lading_image_transfer_finish           (LadingImageTransfer     *self,
                                                                    GError                  *error);
void                       _lading_image_transfer_run_archive      (LadingImageTransfer     *self);

/* Gives an engine's refusal to pull or push (an HTTP error or one sent in
 * the stream) the code its words mean: credentials, access, an unreachable
 * or plain-HTTP registry, an unknown image or tag.  Other errors are left
 * alone. */
void                       _lading_registry_error_refine           (GError                  *error);

G_END_DECLS
