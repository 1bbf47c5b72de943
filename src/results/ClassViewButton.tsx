/** The header's button that opens the class view (which loads then: ClassView.tsx). */
import { useAction } from '../actions/useActions';

export function ClassViewButton() {
  const open = useAction('openClassView');
  return <button type="button" className="btn" data-testid="class-view-open" onClick={open.run}>{open.label}</button>;
}
