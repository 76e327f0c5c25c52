/* lading-image-reference.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * LadingImageReferenceProblem:
 * @LADING_IMAGE_REFERENCE_OK: a valid reference
 * @LADING_IMAGE_REFERENCE_EMPTY: nothing was given
 * @LADING_IMAGE_REFERENCE_TOO_LONG: the name, normalised with its registry
 *   ("docker.io/library/…"), is over 255 characters
 * @LADING_IMAGE_REFERENCE_UPPERCASE: the repository has capital letters
 * @LADING_IMAGE_REFERENCE_BAD_REGISTRY: the registry host or port is malformed
 * @LADING_IMAGE_REFERENCE_BAD_REPOSITORY: the repository holds a character
 *   it may not (a space, a colon), or an empty part ("a//b", "a/")
 * @LADING_IMAGE_REFERENCE_BAD_TAG: the tag is empty, too long or holds a
 *   character it may not
 * @LADING_IMAGE_REFERENCE_BAD_DIGEST: what follows "@" is not a digest
 * @LADING_IMAGE_REFERENCE_IMAGE_ID: 64 hexadecimal digits: an image ID, which
 *   names no repository
 *
 * What is wrong with a reference, for the UI to say in words as it is typed.
 */
typedef enum
{
  LADING_IMAGE_REFERENCE_OK,
  LADING_IMAGE_REFERENCE_EMPTY,
  LADING_IMAGE_REFERENCE_TOO_LONG,
  LADING_IMAGE_REFERENCE_UPPERCASE,
  LADING_IMAGE_REFERENCE_BAD_REGISTRY,
  LADING_IMAGE_REFERENCE_BAD_REPOSITORY,
  LADING_IMAGE_REFERENCE_BAD_TAG,
  LADING_IMAGE_REFERENCE_BAD_DIGEST,
  LADING_IMAGE_REFERENCE_IMAGE_ID,
} LadingImageReferenceProblem;

#define LADING_TYPE_IMAGE_REFERENCE (lading_image_reference_get_type ())

typedef struct _LadingImageReference LadingImageReference;

GType                  lading_image_reference_get_type        (void);
LadingImageReference  *lading_image_reference_parse           (const char                  *text,
                                                               LadingImageReferenceProblem *problem);
LadingImageReferenceProblem lading_image_reference_check      (const char                  *text);
LadingImageReference  *lading_image_reference_copy            (const LadingImageReference  *self);
void                   lading_image_reference_free            (LadingImageReference        *self);
const char            *lading_image_reference_get_registry    (const LadingImageReference  *self);
const char            *lading_image_reference_get_path        (const LadingImageReference  *self);
const char            *lading_image_reference_get_tag         (const LadingImageReference  *self);
const char            *lading_image_reference_get_digest      (const LadingImageReference  *self);
char                  *lading_image_reference_dup_repository  (const LadingImageReference  *self);
char                  *lading_image_reference_dup_string      (const LadingImageReference  *self);
char                  *lading_image_reference_dup_familiar    (const LadingImageReference  *self);
gboolean               lading_image_reference_is_docker_hub   (const LadingImageReference  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingImageReference, lading_image_reference_free)

G_END_DECLS
