/* lading-image-transfer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-docker-config.h"
#include "lading-engine.h"
#include "lading-image-reference.h"

G_BEGIN_DECLS

/**
 * LadingImageTransferKind:
 * @LADING_IMAGE_TRANSFER_PULL: from a registry to the engine
 * @LADING_IMAGE_TRANSFER_PUSH: from the engine to a registry
 * @LADING_IMAGE_TRANSFER_SAVE: from the engine to a tar file
 * @LADING_IMAGE_TRANSFER_LOAD: from a tar file to the engine
 */
typedef enum
{
  LADING_IMAGE_TRANSFER_PULL,
  LADING_IMAGE_TRANSFER_PUSH,
  LADING_IMAGE_TRANSFER_SAVE,
  LADING_IMAGE_TRANSFER_LOAD,
} LadingImageTransferKind;

/**
 * LadingImageTransferPhase:
 * @LADING_IMAGE_TRANSFER_PHASE_STARTING: asking the registry what there is to move
 * @LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING: pull: layers coming in; save:
 *   the archive going into its file
 * @LADING_IMAGE_TRANSFER_PHASE_UPLOADING: push: layers going out; load: the
 *   file going to the engine
 * @LADING_IMAGE_TRANSFER_PHASE_EXTRACTING: pull: every layer is in; unpacking
 * @LADING_IMAGE_TRANSFER_PHASE_FINISHING: every layer is done; the engine
 *   is writing the image's manifest, or unpacking the archive it was sent
 * @LADING_IMAGE_TRANSFER_PHASE_DONE: the engine said the image is there
 */
typedef enum
{
  LADING_IMAGE_TRANSFER_PHASE_STARTING,
  LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING,
  LADING_IMAGE_TRANSFER_PHASE_UPLOADING,
  LADING_IMAGE_TRANSFER_PHASE_EXTRACTING,
  LADING_IMAGE_TRANSFER_PHASE_FINISHING,
  LADING_IMAGE_TRANSFER_PHASE_DONE,
} LadingImageTransferPhase;

/**
 * LadingImageTransferState:
 * @LADING_IMAGE_TRANSFER_RUNNING: not ended yet (or not started)
 * @LADING_IMAGE_TRANSFER_SUCCEEDED: the image was pulled or pushed
 * @LADING_IMAGE_TRANSFER_FAILED: see #LadingImageTransfer:error
 * @LADING_IMAGE_TRANSFER_CANCELLED: cancelled; the engine stopped
 */
typedef enum
{
  LADING_IMAGE_TRANSFER_RUNNING,
  LADING_IMAGE_TRANSFER_SUCCEEDED,
  LADING_IMAGE_TRANSFER_FAILED,
  LADING_IMAGE_TRANSFER_CANCELLED,
} LadingImageTransferState;

#define LADING_TYPE_IMAGE_TRANSFER (lading_image_transfer_get_type ())

G_DECLARE_FINAL_TYPE (LadingImageTransfer, lading_image_transfer, LADING, IMAGE_TRANSFER, GObject)

LadingImageTransfer         *lading_image_transfer_new_pull         (LadingEngine                *engine,
                                                                    const LadingImageReference  *reference,
                                                                    const char                  *platform);
LadingImageTransfer         *lading_image_transfer_new_push         (LadingEngine                *engine,
                                                                    const LadingImageReference  *reference);
LadingImageTransfer         *lading_image_transfer_new_save         (LadingEngine                *engine,
                                                                    const char                  *image,
                                                                    gint64                       size,
                                                                    GFile                       *file);
LadingImageTransfer         *lading_image_transfer_new_load         (LadingEngine                *engine,
                                                                    GFile                       *file);
void                         lading_image_transfer_run_async        (LadingImageTransfer         *self,
                                                                    LadingDockerConfig          *config,
                                                                    GCancellable                *cancellable,
                                                                    GAsyncReadyCallback          callback,
                                                                    gpointer                     user_data);
gboolean                     lading_image_transfer_run_finish       (LadingImageTransfer         *self,
                                                                    GAsyncResult                *result,
                                                                    GError                     **error);
void                         lading_image_transfer_cancel           (LadingImageTransfer         *self);

LadingImageTransfer         *lading_image_transfer_new_again        (LadingImageTransfer         *self);
LadingEngine                *lading_image_transfer_get_engine       (LadingImageTransfer         *self);
LadingImageTransferKind      lading_image_transfer_get_kind         (LadingImageTransfer         *self);
const LadingImageReference  *lading_image_transfer_get_reference    (LadingImageTransfer         *self);
GFile                       *lading_image_transfer_get_file         (LadingImageTransfer         *self);
char                        *lading_image_transfer_dup_subject      (LadingImageTransfer         *self);
const char * const          *lading_image_transfer_get_loaded       (LadingImageTransfer         *self);
const char                  *lading_image_transfer_get_platform     (LadingImageTransfer         *self);
LadingImageTransferState     lading_image_transfer_get_state        (LadingImageTransfer         *self);
LadingImageTransferPhase     lading_image_transfer_get_phase        (LadingImageTransfer         *self);
double                       lading_image_transfer_get_fraction     (LadingImageTransfer         *self);
gint64                       lading_image_transfer_get_bytes_done   (LadingImageTransfer         *self);
gint64                       lading_image_transfer_get_bytes_total  (LadingImageTransfer         *self);
guint                        lading_image_transfer_get_layers_done  (LadingImageTransfer         *self);
guint                        lading_image_transfer_get_layers_total (LadingImageTransfer         *self);
const char                  *lading_image_transfer_get_digest       (LadingImageTransfer         *self);
const GError                *lading_image_transfer_get_error        (LadingImageTransfer         *self);

G_END_DECLS
