import { type Config, defaultLoggerOptions } from 'payload'

type LoggerOptions = Extract<NonNullable<Config['logger']>, { options: unknown }>['options']

interface ClientError {
  status: number
  message: string
  name?: string
}

/** An error caused by the request (wrong password, refused, invalid input), not by the server. */
function clientError(entry: unknown): ClientError | null {
  const err = (entry as { err?: unknown } | null)?.err as Partial<ClientError> | undefined
  if (!err || typeof err.status !== 'number' || err.status < 400 || err.status >= 500) return null
  return err as ClientError
}

/**
 * Payload logs every error it answers with its stack, ~20 lines for one wrong
 * password. Its `loggingLevels` setting would quiet them by class name, but
 * the built admin minifies class names away. So the logger itself turns an
 * error the *request* caused (4xx) into one line; a login failure or lockout
 * stays a warning, the rest are info. Server faults (5xx, or no status) keep
 * their full stack. A failed scheduled job is one line too (its reason is
 * shown to staff in the admin).
 */
/** A scheduled job that failed: Payload logs the whole job (its input, log and config, ~100 lines). */
function failedJob(entry: unknown): string | null {
  const { job, msg, err } = (entry ?? {}) as { job?: { id?: unknown; taskSlug?: unknown }; msg?: unknown; err?: { message?: unknown } }
  if (!job || !err || typeof msg !== 'string') return null
  return `${msg} (job ${String(job.id)}, ${String(job.taskSlug)}): ${String(err?.message ?? '')}`
}

export const payloadLoggerOptions: LoggerOptions = {
  hooks: {
    logMethod(args, method) {
      // Staff see a failed scheduled publish in the admin; the log keeps one line of it.
      const job = failedJob(args[0])
      if (job) return this.warn(job)
      const err = clientError(args[0])
      if (!err) return method.apply(this, args)
      const line = `${err.status} ${err.message}`
      return err.status === 401 || err.status === 423 ? this.warn(line) : this.info(line)
    },
  },
}

export const payloadLogger = () => ({ options: { ...payloadLoggerOptions }, destination: defaultLoggerOptions })
