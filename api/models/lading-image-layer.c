/* lading-image-layer.c
 *
 * One step of an image's history (GET /images/{name}/history), newest
 * first: the instruction that made it, as a Dockerfile says it, its size
 * and age.  A step of size 0 (CMD, ENV, LABEL…) only changed the config
 * and adds no layer: it is "empty".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-image-layer"

#include "config.h"

#include <string.h>

#include "lading-engine-error.h"
#include "lading-image-layer.h"
#include "lading-json-private.h"
#include "lading-models-private.h"

/* How the classic builder writes instructions into CreatedBy. */
#define SHELL_PREFIX "/bin/sh -c "
#define NOP_MARK "#(nop)"
/* How BuildKit marks them. */
#define BUILDKIT_SUFFIX " # buildkit"
#define RUN_PREFIX "RUN "

struct _LadingImageLayer
{
  GObject   parent_instance;

  char     *id;           /* "<missing>" for steps of a pulled image */
  char     *created_by;
  char     *instruction;
  char     *comment;
  char    **tags;
  gint64    created;
  gint64    size;
};

G_DEFINE_FINAL_TYPE (LadingImageLayer, lading_image_layer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED,
  PROP_CREATED_BY,
  PROP_INSTRUCTION,
  PROP_SIZE,
  PROP_EMPTY,
  PROP_COMMENT,
  PROP_TAGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
lading_image_layer_finalize (GObject *object)
{
  LadingImageLayer *self = (LadingImageLayer *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->created_by, g_free);
  g_clear_pointer (&self->instruction, g_free);
  g_clear_pointer (&self->comment, g_free);
  g_clear_pointer (&self->tags, g_strfreev);

  G_OBJECT_CLASS (lading_image_layer_parent_class)->finalize (object);
}

static void
lading_image_layer_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LadingImageLayer *self = LADING_IMAGE_LAYER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_CREATED_BY:
      g_value_set_string (value, self->created_by);
      break;

    case PROP_INSTRUCTION:
      g_value_set_string (value, self->instruction);
      break;

    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;

    case PROP_EMPTY:
      g_value_set_boolean (value, lading_image_layer_get_empty (self));
      break;

    case PROP_COMMENT:
      g_value_set_string (value, self->comment);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_image_layer_class_init (LadingImageLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lading_image_layer_finalize;
  object_class->get_property = lading_image_layer_get_property;

  properties [PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties [PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_CREATED_BY] = g_param_spec_string ("created-by", NULL, NULL, NULL, flags);
  /* CreatedBy as a Dockerfile would say it: "RUN apk add curl". */
  properties [PROP_INSTRUCTION] = g_param_spec_string ("instruction", NULL, NULL, NULL, flags);
  properties [PROP_SIZE] = g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_EMPTY] = g_param_spec_boolean ("empty", NULL, NULL, FALSE, flags);
  properties [PROP_COMMENT] = g_param_spec_string ("comment", NULL, NULL, NULL, flags);
  properties [PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_image_layer_init (LadingImageLayer *self)
{
}

static char *
strip_buildkit_mark (const char *text)
{
  char *copy = g_strdup (text);

  if (g_str_has_suffix (copy, BUILDKIT_SUFFIX))
    copy[strlen (copy) - strlen (BUILDKIT_SUFFIX)] = '\0';

  return g_strstrip (copy);
}

/* "|2 VERSION=1 USER=me /bin/sh -c make": the build arguments before a
 * RUN's shell.  Returns the shell, or @text when there are none. */
static const char *
skip_build_arguments (const char *text)
{
  const char *shell;

  if (text[0] != '|' || (shell = strstr (text, " " SHELL_PREFIX)) == NULL)
    return text;

  return shell + 1;
}

/**
 * lading_image_layer_instruction_from_created_by:
 * @created_by: (nullable): a history step's CreatedBy
 *
 * Turns what the builders write into the instruction a Dockerfile has.
 * The classic builder's `/bin/sh -c #(nop)  CMD ["sh"]` becomes `CMD ["sh"]`
 * and its `|1 V=1 /bin/sh -c make` becomes `RUN make`; BuildKit's
 * `RUN /bin/sh -c make # buildkit` becomes `RUN make` too.  What neither
 * wrote (an imported layer, a commit) is kept as it is.
 *
 * Returns: (transfer full): the instruction, empty if @created_by is
 */
char *
lading_image_layer_instruction_from_created_by (const char *created_by)
{
  g_autofree char *text = NULL;
  gboolean run = FALSE;
  const char *rest;

  if (created_by == NULL)
    return g_strdup ("");

  text = strip_buildkit_mark (created_by);
  rest = text;
  if (g_str_has_prefix (rest, RUN_PREFIX))
    {
      rest += strlen (RUN_PREFIX);
      run = TRUE;
    }
  rest = skip_build_arguments (rest);

  if (g_str_has_prefix (rest, SHELL_PREFIX))
    {
      rest += strlen (SHELL_PREFIX);
      while (*rest == ' ')
        rest++;

      if (g_str_has_prefix (rest, NOP_MARK))
        {
          g_autofree char *instruction = g_strdup (rest + strlen (NOP_MARK));

          return g_strdup (g_strstrip (instruction));
        }

      return g_strconcat (RUN_PREFIX, rest, NULL);
    }

  return run ? g_strconcat (RUN_PREFIX, rest, NULL) : g_steal_pointer (&text);
}

const char *
lading_image_layer_get_id (LadingImageLayer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_LAYER (self), NULL);

  return self->id;
}

/* Unix seconds. */
gint64
lading_image_layer_get_created (LadingImageLayer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_LAYER (self), 0);

  return self->created;
}

const char *
lading_image_layer_get_created_by (LadingImageLayer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_LAYER (self), NULL);

  return self->created_by;
}

const char *
lading_image_layer_get_instruction (LadingImageLayer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_LAYER (self), NULL);

  return self->instruction;
}

gint64
lading_image_layer_get_size (LadingImageLayer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_LAYER (self), 0);

  return self->size;
}

gboolean
lading_image_layer_get_empty (LadingImageLayer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_LAYER (self), FALSE);

  return self->size == 0;
}

const char *
lading_image_layer_get_comment (LadingImageLayer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_LAYER (self), NULL);

  return self->comment;
}

/**
 * lading_image_layer_get_tags:
 *
 * Returns: (transfer none): the tags of the image this step ends, empty
 *   for the steps in between
 */
const char * const *
lading_image_layer_get_tags (LadingImageLayer *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_LAYER (self), NULL);

  return (const char * const *)self->tags;
}

static gpointer
parse_step (JsonObject  *object,
            gpointer     user_data,
            GError     **error)
{
  LadingImageLayer *self;
  const char *id = _lading_json_get_string (object, "Id");

  if (id == NULL || id[0] == '\0')
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "A history step has no Id");
      return NULL;
    }

  self = g_object_new (LADING_TYPE_IMAGE_LAYER, NULL);
  self->id = g_strdup (id);
  self->created_by = g_strdup (_lading_json_get_string (object, "CreatedBy"));
  if (self->created_by == NULL)
    self->created_by = g_strdup ("");
  self->instruction = lading_image_layer_instruction_from_created_by (self->created_by);
  self->comment = g_strdup (_lading_json_get_string (object, "Comment"));
  if (self->comment == NULL)
    self->comment = g_strdup ("");
  self->tags = _lading_json_dup_strv (_lading_json_get_array (object, "Tags"));
  self->created = MAX (_lading_json_get_int (object, "Created", 0), 0);
  self->size = MAX (_lading_json_get_int (object, "Size", 0), 0);

  return self;
}

/* The steps of GET /images/{name}/history, newest first as the engine
 * lists them. */
GPtrArray *
_lading_image_history_parse (GBytes  *bytes,
                             GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _lading_json_parse_list (bytes, "history steps", parse_step, NULL, error);
}
