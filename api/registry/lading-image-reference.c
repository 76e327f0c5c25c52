/* lading-image-reference.c
 *
 * Image references as the docker CLI reads them (the grammar of the
 * distribution project's reference package, and its normalisation): an
 * optional registry host with port, a repository of lowercase parts, and a
 * tag or a digest, or both.  A name without a registry is on Docker Hub, and
 * one without a slash there is in "library/"; a name without a tag or
 * digest means its "latest" tag, never every tag.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-image-reference"

#include "config.h"

#include <string.h>

#include "lading-image-reference.h"

#define DOCKER_HUB "docker.io"
#define DOCKER_HUB_LEGACY "index.docker.io"
#define OFFICIAL_PREFIX "library/"
#define DEFAULT_TAG "latest"
/* Of the normalised name, registry included: "docker.io/library/…". */
#define NAME_MAX_LENGTH 255

struct _LadingImageReference
{
  char *registry;  /* "docker.io", "127.0.0.1:5000" */
  char *path;      /* "library/busybox" */
  char *tag;       /* NULL only when a digest alone was given */
  char *digest;    /* NULL unless given */
};

G_DEFINE_BOXED_TYPE (LadingImageReference, lading_image_reference,
                     lading_image_reference_copy, lading_image_reference_free)

typedef enum
{
  PATTERN_REGISTRY,
  PATTERN_PATH_COMPONENT,
  PATTERN_TAG,
  PATTERN_DIGEST,
  PATTERN_IMAGE_ID,
  N_PATTERNS
} Pattern;

/* The reference package's expressions, anchored. */
static const char * const pattern_sources[N_PATTERNS] = {
  [PATTERN_REGISTRY] =
    "^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
    "(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*)(?::[0-9]+)?$",
  [PATTERN_PATH_COMPONENT] = "^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$",
  [PATTERN_TAG] = "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$",
  /* The grammar allows any algorithm; the engine knows only these. */
  [PATTERN_DIGEST] = "^(?:sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128})$",
  [PATTERN_IMAGE_ID] = "^[a-f0-9]{64}$",
};

static gboolean
matches (Pattern     pattern,
         const char *text)
{
  static GRegex *regexes[N_PATTERNS];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < N_PATTERNS; i++)
        regexes[i] = g_regex_new (pattern_sources[i],
                                  /* "$" must not match before a final newline */
                                  G_REGEX_OPTIMIZE | G_REGEX_DOLLAR_ENDONLY, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }

  return g_regex_match (regexes[pattern], text, 0, NULL);
}

/* Docker's rule: the part before the first slash is a registry if it has a
 * dot or a colon, or is "localhost". */
static gboolean
names_registry (const char *first,
                gsize       length)
{
  g_autofree char *part = g_strndup (first, length);

  return strpbrk (part, ".:") != NULL || g_str_equal (part, "localhost");
}

static LadingImageReferenceProblem
check_path (const char *path)
{
  g_auto(GStrv) components = NULL;

  components = g_strsplit (path, "/", -1);
  for (guint i = 0; components[i] != NULL; i++)
    if (!matches (PATTERN_PATH_COMPONENT, components[i]))
      return LADING_IMAGE_REFERENCE_BAD_REPOSITORY;

  return LADING_IMAGE_REFERENCE_OK;
}

static void
reference_clear (LadingImageReference *self)
{
  g_clear_pointer (&self->registry, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->tag, g_free);
  g_clear_pointer (&self->digest, g_free);
}

/* Fills @self from @text, or says what is wrong with it. */
static LadingImageReferenceProblem
reference_parse (LadingImageReference *self,
                 const char           *text)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;
  const char *at, *slash, *colon, *remainder;
  LadingImageReferenceProblem problem;

  if (text == NULL || text[0] == '\0')
    return LADING_IMAGE_REFERENCE_EMPTY;
  if (matches (PATTERN_IMAGE_ID, text))
    return LADING_IMAGE_REFERENCE_IMAGE_ID;

  if ((at = strchr (text, '@')) != NULL)
    {
      if (!matches (PATTERN_DIGEST, at + 1))
        return LADING_IMAGE_REFERENCE_BAD_DIGEST;
      self->digest = g_strdup (at + 1);
    }
  name = at != NULL ? g_strndup (text, at - text) : g_strdup (text);

  /* A colon after the last slash starts the tag; one before it is a port. */
  slash = strrchr (name, '/');
  if ((colon = strrchr (slash != NULL ? slash : name, ':')) != NULL)
    {
      if (!matches (PATTERN_TAG, colon + 1))
        return LADING_IMAGE_REFERENCE_BAD_TAG;
      self->tag = g_strdup (colon + 1);
      name[colon - name] = '\0';
    }
  else if (self->digest == NULL)
    {
      self->tag = g_strdup (DEFAULT_TAG);
    }

  if (name[0] == '\0')
    return LADING_IMAGE_REFERENCE_EMPTY;
  /* The engine refuses capitals in the registry part too, though the
   * reference grammar allows them there. */
  lower = g_ascii_strdown (name, -1);
  if (!g_str_equal (name, lower))
    return LADING_IMAGE_REFERENCE_UPPERCASE;

  slash = strchr (name, '/');
  if (slash != NULL && names_registry (name, slash - name))
    {
      self->registry = g_strndup (name, slash - name);
      remainder = slash + 1;
    }
  else
    {
      self->registry = g_strdup (DOCKER_HUB);
      remainder = name;
    }

  if (!matches (PATTERN_REGISTRY, self->registry))
    return LADING_IMAGE_REFERENCE_BAD_REGISTRY;
  if ((problem = check_path (remainder)) != LADING_IMAGE_REFERENCE_OK)
    return problem;

  if (g_str_equal (self->registry, DOCKER_HUB_LEGACY))
    {
      g_free (self->registry);
      self->registry = g_strdup (DOCKER_HUB);
    }
  if (g_str_equal (self->registry, DOCKER_HUB) && strchr (remainder, '/') == NULL)
    self->path = g_strconcat (OFFICIAL_PREFIX, remainder, NULL);
  else
    self->path = g_strdup (remainder);

  if (strlen (self->registry) + 1 + strlen (self->path) > NAME_MAX_LENGTH)
    return LADING_IMAGE_REFERENCE_TOO_LONG;

  return LADING_IMAGE_REFERENCE_OK;
}

/**
 * lading_image_reference_parse:
 * @text: what the user typed, or an image's RepoTags element
 * @problem: (out) (optional): what is wrong with it, when it is wrong
 *
 * Returns: (transfer full) (nullable): the normalised reference, or %NULL
 */
LadingImageReference *
lading_image_reference_parse (const char                  *text,
                              LadingImageReferenceProblem *problem)
{
  LadingImageReference *self = g_new0 (LadingImageReference, 1);
  LadingImageReferenceProblem found = reference_parse (self, text);

  if (problem != NULL)
    *problem = found;

  if (found != LADING_IMAGE_REFERENCE_OK)
    g_clear_pointer (&self, lading_image_reference_free);

  return self;
}

/* For checking a field as it is typed. */
LadingImageReferenceProblem
lading_image_reference_check (const char *text)
{
  LadingImageReference self = { NULL };
  LadingImageReferenceProblem problem = reference_parse (&self, text);

  reference_clear (&self);
  return problem;
}

LadingImageReference *
lading_image_reference_copy (const LadingImageReference *self)
{
  LadingImageReference *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (LadingImageReference, 1);
  copy->registry = g_strdup (self->registry);
  copy->path = g_strdup (self->path);
  copy->tag = g_strdup (self->tag);
  copy->digest = g_strdup (self->digest);

  return copy;
}

void
lading_image_reference_free (LadingImageReference *self)
{
  if (self == NULL)
    return;

  reference_clear (self);
  g_free (self);
}

/* "docker.io" for Docker Hub, else the host and port as given. */
const char *
lading_image_reference_get_registry (const LadingImageReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->registry;
}

/* The repository within its registry: "library/busybox". */
const char *
lading_image_reference_get_path (const LadingImageReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

/* The tag, "latest" when neither a tag nor a digest was given; %NULL when
 * a digest alone names the image. */
const char *
lading_image_reference_get_tag (const LadingImageReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->tag;
}

const char *
lading_image_reference_get_digest (const LadingImageReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->digest;
}

gboolean
lading_image_reference_is_docker_hub (const LadingImageReference *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return g_str_equal (self->registry, DOCKER_HUB);
}

/* Registry and repository, without tag or digest: "docker.io/library/busybox". */
char *
lading_image_reference_dup_repository (const LadingImageReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strconcat (self->registry, "/", self->path, NULL);
}

static char *
with_tag_and_digest (const LadingImageReference *self,
                     const char                 *repository)
{
  return g_strconcat (repository,
                      self->tag != NULL ? ":" : "", self->tag != NULL ? self->tag : "",
                      self->digest != NULL ? "@" : "", self->digest != NULL ? self->digest : "",
                      NULL);
}

/* The whole reference: "docker.io/library/busybox:latest". */
char *
lading_image_reference_dup_string (const LadingImageReference *self)
{
  g_autofree char *repository = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  repository = lading_image_reference_dup_repository (self);
  return with_tag_and_digest (self, repository);
}

/* As `docker images` shows it: Docker Hub's host and "library/" left out,
 * "busybox:latest". */
char *
lading_image_reference_dup_familiar (const LadingImageReference *self)
{
  const char *path;
  g_autofree char *repository = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (!lading_image_reference_is_docker_hub (self))
    return lading_image_reference_dup_string (self);

  path = self->path;
  if (g_str_has_prefix (path, OFFICIAL_PREFIX) &&
      strchr (path + strlen (OFFICIAL_PREFIX), '/') == NULL)
    path += strlen (OFFICIAL_PREFIX);

  repository = g_strdup (path);
  return with_tag_and_digest (self, repository);
}
