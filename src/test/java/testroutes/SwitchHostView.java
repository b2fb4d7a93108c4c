package testroutes;

import org.ccfacts.i18n.LanguageSwitch;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** A route that exists only in LanguageSwitchTest (outside org.ccfacts, so the app never registers it). */
@Route("switch-host")
public class SwitchHostView extends Div {

    public SwitchHostView() {
        add(new LanguageSwitch());
    }
}
