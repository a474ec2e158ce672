import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { Heading, HeadingLevelProvider, Section, useHeadingLevel } from './Section.js';

/** Says the level a heading would take here, as a host's own component would read it. */
function LevelProbe() {
  return <p>Level {useHeadingLevel()}</p>;
}

describe('Heading', () => {
  it('is an h2 when nothing says where it sits: a widget under the page h1', () => {
    render(<Heading>Your options</Heading>);
    expect(screen.getByRole('heading', { name: 'Your options' })).toHaveProperty('tagName', 'H2');
    render(<LevelProbe />);
    expect(screen.getByText('Level 2')).toBeInTheDocument();
  });

  it('can take focus from script but is not in the tab order', () => {
    const ref = createRef<HTMLHeadingElement>();
    render(<Heading ref={ref}>Step 2 of 7</Heading>);
    const heading = screen.getByRole('heading', { name: 'Step 2 of 7' });
    expect(heading).toHaveAttribute('tabindex', '-1');
    ref.current?.focus();
    expect(heading).toHaveFocus();
  });

  it('keeps the attributes it is given', () => {
    render(
      <Heading id="h" className="sdm-Test__title" lang="es" dir="ltr" data-step-heading="">
        Sus opciones
      </Heading>,
    );
    const heading = screen.getByRole('heading', { name: 'Sus opciones' });
    expect(heading).toHaveAttribute('id', 'h');
    expect(heading).toHaveClass('sdm-Test__title');
    expect(heading).toHaveAttribute('lang', 'es');
    expect(heading).toHaveAttribute('dir', 'ltr');
    expect(heading).toHaveAttribute('data-step-heading', '');
  });

  it('takes a level given by hand over the context, kept between 1 and 6', () => {
    render(
      <HeadingLevelProvider level={3}>
        <Heading level={5}>Forced</Heading>
        <Heading level={9}>Too deep</Heading>
        <Heading level={0}>Too high</Heading>
      </HeadingLevelProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Forced', level: 5 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Too deep', level: 6 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Too high', level: 1 })).toBeInTheDocument();
  });
});

describe('Section', () => {
  it('is a region named by its heading, and its headings are one level deeper', () => {
    render(
      <Section className="sdm-Test" heading="My questions">
        <Heading>Suggested for you</Heading>
        <Section heading="Your top 3">
          <Heading>Question 1</Heading>
        </Section>
      </Section>,
    );
    const region = screen.getByRole('region', { name: 'My questions' });
    expect(region).toHaveClass('sdm-Test');
    expect(within(region).getByRole('heading', { name: 'My questions', level: 2 })).toBeInTheDocument();
    expect(within(region).getByRole('heading', { name: 'Suggested for you', level: 3 })).toBeInTheDocument();
    const inner = within(region).getByRole('region', { name: 'Your top 3' });
    expect(within(inner).getByRole('heading', { name: 'Your top 3', level: 3 })).toBeInTheDocument();
    expect(within(inner).getByRole('heading', { name: 'Question 1', level: 4 })).toBeInTheDocument();
  });

  it('gives the heading its props: a ref to move focus to it, a class, the content language', () => {
    const ref = createRef<HTMLHeadingElement>();
    render(
      <Section
        heading="Medicines"
        data-section="medicines"
        headingProps={{ ref, className: 'sdm-Test__title', lang: 'es', dir: 'ltr', 'data-step-heading': '' }}
      >
        <p>Body</p>
      </Section>,
    );
    const region = screen.getByRole('region', { name: 'Medicines' });
    expect(region).toHaveAttribute('data-section', 'medicines');
    const heading = within(region).getByRole('heading', { name: 'Medicines', level: 2 });
    expect(heading).toHaveClass('sdm-Test__title');
    expect(heading).toHaveAttribute('lang', 'es');
    expect(heading).toHaveAttribute('data-step-heading', '');
    ref.current?.focus();
    expect(heading).toHaveFocus();
  });

  it('is still named by its heading when the heading has its own id', () => {
    render(<Section heading="Summary" headingProps={{ id: 'summary-title' }} />);
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveAttribute('aria-labelledby', 'summary-title');
  });

  it('takes a level given by hand, and its children follow from there', () => {
    render(
      <Section heading="Outside the outline" level={4}>
        <Heading>Below it</Heading>
      </Section>,
    );
    expect(screen.getByRole('heading', { name: 'Outside the outline', level: 4 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Below it', level: 5 })).toBeInTheDocument();
  });

  it('stops at h6', () => {
    render(
      <HeadingLevelProvider level={6}>
        <Section heading="Deepest">
          <Heading>Still h6</Heading>
        </Section>
      </HeadingLevelProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Deepest', level: 6 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Still h6', level: 6 })).toBeInTheDocument();
  });
});

describe('HeadingLevelProvider', () => {
  it('lets a host say where the widget sits', () => {
    render(
      <>
        <h1>Patient portal</h1>
        <section aria-labelledby="visit">
          <h2 id="visit">Your next visit</h2>
          <HeadingLevelProvider level={3}>
            <Section heading="Questions to ask">
              <Heading>Suggested</Heading>
              <LevelProbe />
            </Section>
          </HeadingLevelProvider>
        </section>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Questions to ask', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Suggested', level: 4 })).toBeInTheDocument();
    expect(screen.getByText('Level 4')).toBeInTheDocument();
  });

  it('without a level, puts the headings inside one level below the ones around it', () => {
    render(
      <>
        <Heading>Step title</Heading>
        <HeadingLevelProvider>
          <Heading>Step part</Heading>
          <HeadingLevelProvider>
            <Heading>Part detail</Heading>
          </HeadingLevelProvider>
        </HeadingLevelProvider>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Step title', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Step part', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Part detail', level: 4 })).toBeInTheDocument();
  });

  it('uses a default level only where nothing around has set one', () => {
    render(
      <>
        <HeadingLevelProvider defaultLevel={3}>
          <Heading>Part on its own</Heading>
        </HeadingLevelProvider>
        <HeadingLevelProvider level={2}>
          <HeadingLevelProvider defaultLevel={3}>
            <Heading>Part placed by the host</Heading>
          </HeadingLevelProvider>
        </HeadingLevelProvider>
        <Section heading="Step">
          <HeadingLevelProvider defaultLevel={5}>
            <Heading>Part in a section</Heading>
          </HeadingLevelProvider>
        </Section>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Part on its own', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Part placed by the host', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Part in a section', level: 3 })).toBeInTheDocument();
  });

  it('keeps levels between 1 and 6', () => {
    render(
      <>
        <HeadingLevelProvider level={8}>
          <Heading>Deep</Heading>
        </HeadingLevelProvider>
        <HeadingLevelProvider level={-1}>
          <Heading>Top</Heading>
        </HeadingLevelProvider>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Deep', level: 6 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Top', level: 1 })).toBeInTheDocument();
  });
});
