import { type ButtonHTMLAttributes, forwardRef } from 'react';

/** Props of `Button`: every native button attribute, plus `variant` for its style (default `secondary`). */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
}

/** A native button with SDM Kit styling; `type="button"` unless said otherwise. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', className, type = 'button', ...rest },
  ref,
) {
  return (
    <button
      {...rest}
      ref={ref}
      type={type}
      data-variant={variant}
      className={['sdm-Button', className].filter(Boolean).join(' ')}
    />
  );
});
